package io.dynamosql.oauth.store;

import io.dynamosql.oauth.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an authorization code stands for. Only the digest of the code is stored.
 *
 * @param familyId the refresh-token family the redemption of this code creates; chosen when the
 *     code is issued so that a replay can revoke it even while the first redemption is running
 */
public record AuthorizationCode(
    String codeDigest,
    String clientId,
    String redirectUri,
    String codeChallenge,
    Set<Scope> scopes,
    String resource,
    String subject,
    List<String> groups,
    Instant authenticatedAt,
    Instant expiresAt,
    String familyId) {

  public AuthorizationCode {
    scopes = Set.copyOf(scopes);
    groups = List.copyOf(groups);
  }
}
