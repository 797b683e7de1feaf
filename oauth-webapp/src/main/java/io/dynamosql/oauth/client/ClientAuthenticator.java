package io.dynamosql.oauth.client;

import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import io.dynamosql.oauth.security.SecretDigest;
import io.dynamosql.oauth.store.ApiClient;
import io.dynamosql.oauth.store.ApiClientTable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates the caller of the token and revocation endpoints (RFC 6749 §2.3): API clients with
 * {@code client_secret_basic} or {@code client_secret_post}, public clients by a {@code client_id}
 * the {@link ClientRegistry} knows. Which client may use which grant is the grant handler's
 * decision.
 */
public final class ClientAuthenticator {

  private final ApiClientTable apiClients;
  private final ClientRegistry interactiveClients;

  public ClientAuthenticator(ApiClientTable apiClients, ClientRegistry interactiveClients) {
    this.apiClients = apiClients;
    this.interactiveClients = interactiveClients;
  }

  /**
   * @param authorization the {@code Authorization} header, if any
   * @param clientId the {@code client_id} form parameter, if any
   * @param clientSecret the {@code client_secret} form parameter, if any
   */
  public ClientCredentials authenticate(
      Optional<String> authorization, Optional<String> clientId, Optional<String> clientSecret) {
    Optional<String> basic =
        authorization
            .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
            .map(h -> h.substring(6));
    if (basic.isPresent()) {
      if (clientSecret.isPresent()) {
        // RFC 6749 §2.3: a client must not use more than one authentication method per request.
        throw OAuthError.INVALID_REQUEST.exception("Use one client authentication method only");
      }
      return basic(basic.get().trim(), clientId);
    }
    String id =
        clientId.orElseThrow(
            () -> OAuthError.INVALID_CLIENT.exception("Client authentication is required"));
    if (clientSecret.isPresent()) {
      return new ClientCredentials.Confidential(
          verify(id, clientSecret.get())
              .orElseThrow(
                  () -> OAuthError.INVALID_CLIENT.exception("Client authentication failed")));
    }
    // A public client proves nothing, but it must at least be one this server knows (for a
    // metadata document: one whose document still validates).
    return new ClientCredentials.Public(interactiveClients.require(id).clientId());
  }

  private ClientCredentials basic(String encoded, Optional<String> formClientId) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthException.invalidBasicClient("Malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw OAuthException.invalidBasicClient("Malformed Basic credentials");
    }
    // RFC 6749 §2.3.1: id and secret are form-urlencoded before they are joined.
    String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
    String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    if (formClientId.isPresent() && !formClientId.get().equals(id)) {
      throw OAuthError.INVALID_REQUEST.exception("client_id differs from the Basic credentials");
    }
    return new ClientCredentials.Confidential(
        verify(id, secret)
            .orElseThrow(() -> OAuthException.invalidBasicClient("Client authentication failed")));
  }

  private Optional<ApiClient> verify(String clientId, String secret) {
    return apiClients
        .find(clientId)
        .filter(c -> !c.revoked())
        .filter(c -> SecretDigest.matches(secret, c.secretDigest()));
  }
}
