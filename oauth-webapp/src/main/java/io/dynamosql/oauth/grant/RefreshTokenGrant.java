package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.client.ClientCredentials;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.store.RefreshFamily;
import io.dynamosql.oauth.token.AccessToken;
import io.dynamosql.oauth.token.AccessTokenIssuer;
import java.util.Optional;
import java.util.Set;

/**
 * The refresh_token grant (OAuth 2.1 §4.3) for public clients: every use rotates the token, and the
 * family ends with the session's absolute lifetime or at the first reuse.
 */
public final class RefreshTokenGrant implements GrantHandler {

  private final RefreshTokens refreshTokens;
  private final AccessTokenIssuer issuer;
  private final RequestedAccess access;

  public RefreshTokenGrant(
      RefreshTokens refreshTokens, AccessTokenIssuer issuer, RequestedAccess access) {
    this.refreshTokens = refreshTokens;
    this.issuer = issuer;
    this.access = access;
  }

  @Override
  public GrantType grantType() {
    return GrantType.REFRESH_TOKEN;
  }

  @Override
  public TokenResponse handle(RequestParameters request, ClientCredentials client) {
    if (!(client instanceof ClientCredentials.Public)) {
      throw OAuthError.UNAUTHORIZED_CLIENT.exception("API clients get no refresh tokens");
    }
    String presented = request.required("refresh_token");
    Optional<String> resource = request.optional("resource");
    RefreshTokens.Rotation rotation = refreshTokens.rotate(presented, client.clientId());
    if (rotation instanceof RefreshTokens.Rotation.Refused refused) {
      throw OAuthError.INVALID_GRANT.exception(refused.reason());
    }
    RefreshTokens.Rotation.Rotated rotated = (RefreshTokens.Rotation.Rotated) rotation;
    RefreshFamily family = rotated.family();
    // RFC 6749 §6: the new access token may be narrowed, never widened.
    Set<Scope> scopes = RequestedAccess.scopes(request.optional("scope"), family.scopes());
    if (resource.isPresent() && !access.audience(resource).equals(family.resource())) {
      throw OAuthError.INVALID_TARGET.exception("resource differs from the original grant");
    }
    AccessToken token =
        new AccessToken(
            family.subject(), family.clientId(), family.resource(), scopes, family.groups());
    return new TokenResponse(issuer.issue(token), scopes, Optional.of(rotated.token()));
  }
}
