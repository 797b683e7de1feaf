package io.dynamosql.oauth.store;

import io.dynamosql.oauth.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A public interactive client registered through Dynamic Client Registration (RFC 7591).
 *
 * @param scopes the scopes it registered; empty when it named none
 */
public record RegisteredClient(
    String clientId,
    String clientName,
    List<String> redirectUris,
    Set<Scope> scopes,
    Instant createdAt) {

  public RegisteredClient {
    redirectUris = List.copyOf(redirectUris);
    scopes = Set.copyOf(scopes);
  }
}
