package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.token.SignedAccessToken;
import java.util.Optional;
import java.util.Set;

/** A successful token response (RFC 6749 §5.1). */
public record TokenResponse(
    SignedAccessToken accessToken, Set<Scope> scopes, Optional<String> refreshToken) {

  public TokenResponse {
    scopes = Set.copyOf(scopes);
  }
}
