package io.dynamosql.oauth.client;

import io.dynamosql.oauth.store.ApiClient;

/** Who is calling the token or revocation endpoint, after client authentication. */
public sealed interface ClientCredentials {

  String clientId();

  /** An API client that proved its secret (client_secret_basic or client_secret_post). */
  record Confidential(ApiClient client) implements ClientCredentials {
    @Override
    public String clientId() {
      return client.clientId();
    }
  }

  /** A public client that only named itself (token_endpoint_auth_method {@code none}). */
  record Public(String clientId) implements ClientCredentials {}
}
