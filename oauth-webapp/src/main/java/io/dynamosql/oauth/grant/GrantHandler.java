package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.client.ClientCredentials;

/** Turns one kind of grant into tokens. */
public interface GrantHandler {

  GrantType grantType();

  /**
   * @throws io.dynamosql.oauth.error.OAuthException when the grant or client is not acceptable
   */
  TokenResponse handle(RequestParameters request, ClientCredentials client);
}
