package io.dynamosql.oauth.store;

import io.dynamosql.oauth.Scope;
import java.util.Optional;
import java.util.Set;

/**
 * A validated authorization request (RFC 6749 §4.1.1 with PKCE and a resource indicator), waiting
 * for the person to log in and consent.
 *
 * @param redirectHost the host the person is sent back to, shown on the consent page
 */
public record AuthorizationRequest(
    String clientId,
    String clientName,
    String redirectUri,
    String redirectHost,
    Optional<String> state,
    String codeChallenge,
    Set<Scope> scopes,
    String resource) {

  public AuthorizationRequest {
    scopes = Set.copyOf(scopes);
  }
}
