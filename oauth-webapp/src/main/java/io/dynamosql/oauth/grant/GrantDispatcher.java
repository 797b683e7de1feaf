package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.client.ClientAuthenticator;
import io.dynamosql.oauth.client.ClientCredentials;
import io.dynamosql.oauth.error.OAuthError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Authenticates the client of a token request and hands the request to its grant's handler. */
public final class GrantDispatcher {

  private final ClientAuthenticator authenticator;
  private final Map<GrantType, GrantHandler> handlers = new EnumMap<>(GrantType.class);

  public GrantDispatcher(ClientAuthenticator authenticator, List<GrantHandler> handlers) {
    this.authenticator = authenticator;
    handlers.forEach(h -> this.handlers.put(h.grantType(), h));
  }

  public TokenResponse dispatch(RequestParameters request, Optional<String> authorization) {
    String grantType = request.required("grant_type");
    GrantHandler handler =
        GrantType.fromValue(grantType)
            .map(handlers::get)
            .orElseThrow(
                () ->
                    OAuthError.UNSUPPORTED_GRANT_TYPE.exception(
                        "Unsupported grant_type " + grantType));
    ClientCredentials client =
        authenticator.authenticate(
            authorization, request.optional("client_id"), request.optional("client_secret"));
    return handler.handle(request, client);
  }
}
