package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.client.ClientCredentials;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.token.AccessToken;
import io.dynamosql.oauth.token.AccessTokenIssuer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The client_credentials grant (RFC 6749 §4.4) for API clients: scopes narrowed to what the client
 * holds, an access token only (no refresh token, §4.4.3).
 */
public final class ClientCredentialsGrant implements GrantHandler {

  /** The MicroProfile JWT group of every API client. */
  public static final String GROUP = "api-client";

  private final AccessTokenIssuer issuer;
  private final RequestedAccess access;

  public ClientCredentialsGrant(AccessTokenIssuer issuer, RequestedAccess access) {
    this.issuer = issuer;
    this.access = access;
  }

  @Override
  public GrantType grantType() {
    return GrantType.CLIENT_CREDENTIALS;
  }

  @Override
  public TokenResponse handle(RequestParameters request, ClientCredentials client) {
    if (!(client instanceof ClientCredentials.Confidential confidential)) {
      // Only a client that can keep a secret may act on its own behalf (RFC 6749 §4.4).
      throw OAuthError.UNAUTHORIZED_CLIENT.exception(
          "client_credentials needs an API client with a secret");
    }
    Set<Scope> scopes =
        RequestedAccess.scopes(request.optional("scope"), confidential.client().scopes());
    String audience = access.audience(request.optional("resource"));
    AccessToken token =
        new AccessToken(client.clientId(), client.clientId(), audience, scopes, List.of(GROUP));
    return new TokenResponse(issuer.issue(token), scopes, Optional.empty());
  }
}
