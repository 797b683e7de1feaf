package io.dynamosql.mcp.conformance;

import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.security.SignedTokens;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Integrity-protected {@code requestState} of the multi round-trip fixtures: which tool, which
 * round, and until when, signed with a key of this process. A state that was changed, belongs to
 * another tool or has expired is refused (-32602), as the revision requires of attacker-controlled
 * input.
 */
final class RequestStates {

  private static final long LIFETIME_MILLIS = 10 * 60 * 1000L;
  private static final int HEADER_BYTES = Integer.BYTES + Long.BYTES;

  private final SignedTokens tokens = new SignedTokens("");
  private final Clock clock;

  RequestStates(Clock clock) {
    this.clock = clock;
  }

  /** A state that continues {@code name} at {@code round}. */
  String issue(String name, int round) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    return tokens.seal(
        ByteBuffer.allocate(HEADER_BYTES + bytes.length)
            .putInt(round)
            .putLong(clock.millis() + LIFETIME_MILLIS)
            .put(bytes)
            .array());
  }

  /**
   * The round a state continues.
   *
   * @throws JsonRpcException -32602 for a state this server did not issue for {@code name}, or one
   *     that expired
   */
  int verify(String name, String state) throws JsonRpcException {
    Optional<Integer> round =
        tokens
            .open(state)
            .filter(body -> body.length > HEADER_BYTES)
            .flatMap(
                body -> {
                  ByteBuffer payload = ByteBuffer.wrap(body);
                  int r = payload.getInt();
                  long expires = payload.getLong();
                  byte[] bytes = new byte[payload.remaining()];
                  payload.get(bytes);
                  boolean valid =
                      new String(bytes, StandardCharsets.UTF_8).equals(name)
                          && clock.millis() < expires;
                  return valid ? Optional.of(r) : Optional.empty();
                });
    return round.orElseThrow(
        () -> JsonRpcException.invalidParams("Invalid requestState: it fails the integrity check"));
  }
}
