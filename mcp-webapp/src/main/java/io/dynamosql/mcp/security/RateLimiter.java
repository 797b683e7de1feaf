package io.dynamosql.mcp.security;

/** Decides whether a client may make one more request now. */
public interface RateLimiter {

  /**
   * Takes one request from the client's allowance.
   *
   * @param allowed whether the request may proceed
   * @param limit the allowance size
   * @param remaining requests left right now
   * @param resetSeconds seconds until the allowance is full again
   * @param retryAfterSeconds when refused: seconds until one request is allowed
   */
  record Decision(
      boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {}

  Decision acquire(String clientId);
}
