package io.dynamosql.oauth.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An authorization request between the first visit and the person's decision, bound to one browser
 * (by the digest of a cookie) and protected by a CSRF token that changes after the login.
 *
 * @param subject the logged-in username, once the password was checked
 */
public record PendingAuthorization(
    String requestId,
    AuthorizationRequest request,
    String browserDigest,
    String csrfToken,
    Optional<String> subject,
    List<String> groups,
    Optional<Instant> authenticatedAt,
    Instant expiresAt) {

  public PendingAuthorization {
    groups = List.copyOf(groups);
  }
}
