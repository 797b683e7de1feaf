package io.dynamosql.oauth.store;

import io.dynamosql.oauth.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A chain of refresh tokens descending from one login. Only the digest of the one valid token is
 * kept; presenting any earlier token of the chain revokes the family.
 */
public record RefreshFamily(
    String familyId,
    String clientId,
    String subject,
    List<String> groups,
    Set<Scope> scopes,
    String resource,
    String tokenDigest,
    Instant sessionExpiresAt,
    boolean revoked) {

  public RefreshFamily {
    groups = List.copyOf(groups);
    scopes = Set.copyOf(scopes);
  }
}
