package io.dynamosql.mcp.tool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed {@code run_sql} continuation cursors. A cursor names the query it continues (a digest of
 * the SQL and schema) and the position to continue from; its HMAC-SHA256 signature stops a client
 * from forging positions or reusing a cursor with another query. Any instance holding the same key
 * accepts it, so continuation needs no server state.
 */
public final class ResultCursors {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int DIGEST_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  /** Cursors signed with this secret; an empty secret means a random key for this process. */
  public ResultCursors(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
    }
    this.key = new SecretKeySpec(bytes, ALGORITHM);
  }

  /** A cursor that continues {@code sql} in {@code schema} after {@code offset} rows. */
  public String encode(String sql, String schema, long offset) {
    ByteBuffer payload = ByteBuffer.allocate(DIGEST_BYTES + Long.BYTES);
    payload.put(digest(sql, schema)).putLong(offset);
    byte[] body = payload.array();
    return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
  }

  /** The offset a cursor continues from, when it is genuine and belongs to this query. */
  public Optional<Long> decode(String cursor, String sql, String schema) {
    int dot = cursor.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    byte[] body;
    byte[] signature;
    try {
      body = DECODER.decode(cursor.substring(0, dot));
      signature = DECODER.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (body.length != DIGEST_BYTES + Long.BYTES || !MessageDigest.isEqual(sign(body), signature)) {
      return Optional.empty();
    }
    ByteBuffer payload = ByteBuffer.wrap(body);
    byte[] queryDigest = new byte[DIGEST_BYTES];
    payload.get(queryDigest);
    long offset = payload.getLong();
    return Arrays.equals(queryDigest, digest(sql, schema)) && offset >= 0
        ? Optional.of(offset)
        : Optional.empty();
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
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
