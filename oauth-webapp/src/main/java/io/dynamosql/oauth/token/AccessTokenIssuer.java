package io.dynamosql.oauth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.security.RandomSecrets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Signs JWT access tokens with the claims the MCP server's MicroProfile JWT verification needs:
 * {@code iss sub aud exp iat jti scope client_id upn groups}.
 */
public final class AccessTokenIssuer {

  private final URI issuer;
  private final SigningKeys keys;
  private final Duration lifetime;
  private final Clock clock;

  public AccessTokenIssuer(URI issuer, SigningKeys keys, Duration lifetime, Clock clock) {
    this.issuer = issuer;
    this.keys = keys;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  public SignedAccessToken issue(AccessToken token) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer.toString())
            .subject(token.subject())
            .audience(token.audience())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(RandomSecrets.identifier())
            .claim("scope", Scope.format(token.scopes()))
            .claim("client_id", token.clientId())
            .claim("upn", token.subject())
            .claim("groups", token.groups())
            .build();
    RSAKey key = keys.current();
    // typ JWT rather than RFC 9068's at+jwt: MicroProfile JWT verifiers expect JWT.
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(key.getKeyID())
            .type(JOSEObjectType.JWT)
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing the access token failed", e);
    }
    return new SignedAccessToken(jwt.serialize(), lifetime);
  }
}
