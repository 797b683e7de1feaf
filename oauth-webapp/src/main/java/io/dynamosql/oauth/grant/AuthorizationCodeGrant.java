package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.client.ClientCredentials;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.security.Pkce;
import io.dynamosql.oauth.security.SecretDigest;
import io.dynamosql.oauth.store.AuthorizationCode;
import io.dynamosql.oauth.store.AuthorizationCodeTable;
import io.dynamosql.oauth.store.Redemption;
import io.dynamosql.oauth.store.RefreshFamily;
import io.dynamosql.oauth.token.AccessToken;
import io.dynamosql.oauth.token.AccessTokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The authorization_code grant with PKCE (OAuth 2.1 §4.1.3): the code is spent first, then checked,
 * so that a failed attempt cannot be retried; a replayed code revokes the tokens it issued.
 */
public final class AuthorizationCodeGrant implements GrantHandler {

  private final AuthorizationCodeTable codes;
  private final RefreshTokens refreshTokens;
  private final AccessTokenIssuer issuer;
  private final Duration sessionLifetime;
  private final Clock clock;

  public AuthorizationCodeGrant(
      AuthorizationCodeTable codes,
      RefreshTokens refreshTokens,
      AccessTokenIssuer issuer,
      Duration sessionLifetime,
      Clock clock) {
    this.codes = codes;
    this.refreshTokens = refreshTokens;
    this.issuer = issuer;
    this.sessionLifetime = sessionLifetime;
    this.clock = clock;
  }

  @Override
  public GrantType grantType() {
    return GrantType.AUTHORIZATION_CODE;
  }

  @Override
  public TokenResponse handle(RequestParameters request, ClientCredentials client) {
    if (!(client instanceof ClientCredentials.Public)) {
      throw OAuthError.UNAUTHORIZED_CLIENT.exception(
          "API clients use client_credentials, not authorization_code");
    }
    String redirectUri = request.required("redirect_uri");
    String verifier = request.required("code_verifier");
    Optional<String> resource = request.optional("resource");
    Redemption redemption = codes.redeem(SecretDigest.of(request.required("code")));
    if (redemption instanceof Redemption.Replayed replayed) {
      // RFC 9700 §4.5.3.1 / OAuth 2.1 §4.1.3: a second use revokes what the first one obtained.
      refreshTokens.revokeFamily(replayed.code().familyId());
      throw OAuthError.INVALID_GRANT.exception("Authorization code already used");
    }
    if (!(redemption instanceof Redemption.Redeemed redeemed)) {
      throw OAuthError.INVALID_GRANT.exception("Unknown authorization code");
    }
    AuthorizationCode code = redeemed.code();
    if (!code.clientId().equals(client.clientId())) {
      throw OAuthError.INVALID_GRANT.exception("Authorization code was issued to another client");
    }
    if (!clock.instant().isBefore(code.expiresAt())) {
      throw OAuthError.INVALID_GRANT.exception("Authorization code expired");
    }
    if (!code.redirectUri().equals(redirectUri)) {
      throw OAuthError.INVALID_GRANT.exception(
          "redirect_uri differs from the authorization request");
    }
    if (!Pkce.verifies(verifier, code.codeChallenge())) {
      throw OAuthError.INVALID_GRANT.exception("code_verifier does not match the code_challenge");
    }
    if (resource.isPresent() && !resource.get().equals(code.resource())) {
      throw OAuthError.INVALID_TARGET.exception(
          "resource differs from the authorization request: " + resource.get());
    }
    String refreshToken = RefreshTokens.newToken(code.familyId());
    RefreshFamily family =
        new RefreshFamily(
            code.familyId(),
            code.clientId(),
            code.subject(),
            code.groups(),
            code.scopes(),
            code.resource(),
            SecretDigest.of(refreshToken),
            code.authenticatedAt().plus(sessionLifetime),
            false);
    if (!refreshTokens.start(family)) {
      throw OAuthError.INVALID_GRANT.exception("Authorization code already used");
    }
    AccessToken token =
        new AccessToken(
            code.subject(), code.clientId(), code.resource(), code.scopes(), code.groups());
    return new TokenResponse(issuer.issue(token), code.scopes(), Optional.of(refreshToken));
  }
}
