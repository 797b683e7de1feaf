package io.dynamosql.oauth.store;

/** The outcome of redeeming an authorization code, which may happen only once. */
public sealed interface Redemption {

  /** First use: the code is now spent. */
  record Redeemed(AuthorizationCode code) implements Redemption {}

  /** The code was used before: whatever it issued must be revoked (RFC 9700 §4.5.3.1). */
  record Replayed(AuthorizationCode code) implements Redemption {}

  /** No such code (never issued, or purged long after expiry). */
  record Unknown() implements Redemption {}
}
