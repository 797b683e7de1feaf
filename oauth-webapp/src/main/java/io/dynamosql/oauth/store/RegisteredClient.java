package io.dynamosql.oauth.store;

import java.time.Instant;
import java.util.List;

/** A public interactive client registered through Dynamic Client Registration (RFC 7591). */
public record RegisteredClient(
    String clientId, String clientName, List<String> redirectUris, Instant createdAt) {

  public RegisteredClient {
    redirectUris = List.copyOf(redirectUris);
  }
}
