package io.dynamosql.mcp.tool;

import io.dynamosql.mcp.security.SignedTokens;
import io.dynamosql.mcp.sql.Continuation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * Signed continuation cursors ({@code run_sql}'s {@code next_cursor}, {@code POST /v1/query}'s
 * {@code resumeIdx}). A cursor names the query it continues (a digest of the SQL and schema) and
 * the position to continue from: the rows returned so far and, when the driver gave one, its resume
 * token of the last of them. Its HMAC-SHA256 signature stops a client from forging positions or
 * reusing a cursor with another query. Any instance holding the same key accepts it, so
 * continuation needs no server state.
 */
public final class ResultCursors {

  private static final int DIGEST_BYTES = 16;

  private final SignedTokens tokens;

  /** Cursors signed with this secret; an empty secret means a random key for this process. */
  public ResultCursors(String secret) {
    this.tokens = new SignedTokens(secret);
  }

  /** A cursor that continues {@code sql} in {@code schema} at {@code position}. */
  public String encode(String sql, String schema, Continuation position) {
    byte[] token =
        position.resumeToken() == null
            ? new byte[0]
            : position.resumeToken().getBytes(StandardCharsets.UTF_8);
    ByteBuffer payload = ByteBuffer.allocate(DIGEST_BYTES + Long.BYTES + token.length);
    payload.put(digest(sql, schema)).putLong(position.rowsReturned()).put(token);
    return tokens.seal(payload.array());
  }

  /** The position a cursor continues from, when it is genuine and belongs to this query. */
  public Optional<Continuation> decode(String cursor, String sql, String schema) {
    return tokens
        .open(cursor)
        .filter(body -> body.length >= DIGEST_BYTES + Long.BYTES)
        .flatMap(
            body -> {
              ByteBuffer payload = ByteBuffer.wrap(body);
              byte[] queryDigest = new byte[DIGEST_BYTES];
              payload.get(queryDigest);
              long returned = payload.getLong();
              byte[] token = new byte[payload.remaining()];
              payload.get(token);
              return Arrays.equals(queryDigest, digest(sql, schema)) && returned >= 0
                  ? Optional.of(
                      new Continuation(
                          returned,
                          token.length == 0 ? null : new String(token, StandardCharsets.UTF_8)))
                  : Optional.empty();
            });
  }

  private static byte[] digest(String sql, String schema) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(sql.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(schema).getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha.digest(), DIGEST_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
