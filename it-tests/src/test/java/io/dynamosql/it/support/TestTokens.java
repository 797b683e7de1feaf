package io.dynamosql.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Bearer tokens the deployment accepts without going through the authorization server: a test RSA
 * key pair made per test JVM, which the deployed authorization server signs with (its signing-keys
 * file, system property {@code it.signing.keys.file}), so the deployment's JWKS, which MP-JWT
 * verifies with, publishes it; its public half is also written as a JWKS file (system property
 * {@code it.jwks.file}). Tokens carry what the authorization server puts in its own: {@code iss} =
 * the public base URL, {@code aud} = the MCP resource URL, {@code sub}, {@code upn}, {@code
 * client_id}, {@code scope} and {@code groups} (the scopes), 10 minutes.
 */
public final class TestTokens implements BeforeAllCallback {

  private static final RSAKey KEY = generate();

  /** Writes the JWKS before anything is deployed; the server reads it on the first request. */
  @Override
  public void beforeAll(ExtensionContext context) {
    publishJwks();
  }

  /** A valid token for {@code subject} acting through {@code clientId} with these scopes. */
  public static String token(String subject, String clientId, String... scopes) {
    return sign(claims(subject, clientId, List.of(scopes)).build());
  }

  /** A valid token of the demo user through a test client with both scopes. */
  public static String fullAccess() {
    return token("demo", "it-client", "query", "schemas:read");
  }

  /**
   * The claims of {@link #token}, to change one (expiry, audience, issuer) before {@link #sign}.
   */
  public static JWTClaimsSet.Builder claims(String subject, String clientId, List<String> scopes) {
    return claims(ProductHttp.baseUri().toString(), subject, clientId, scopes);
  }

  /**
   * The claims of a token for the deployment at {@code base} (issuer {@code base}, audience {@code
   * <base>/mcp}), for a server the test starts itself, such as Payara Micro.
   */
  public static JWTClaimsSet.Builder claims(
      String base, String subject, String clientId, List<String> scopes) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(base)
        .audience(base + "/mcp")
        .subject(subject)
        .claim("upn", subject)
        .claim("client_id", clientId)
        .claim("scope", String.join(" ", scopes))
        .claim("groups", scopes)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
  }

  /** Signs any claims with the test key (RS256, with the key's {@code kid}). */
  public static String sign(JWTClaimsSet claims) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(KEY.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(KEY));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a test token", e);
    }
    return jwt.serialize();
  }

  private static void publishJwks() {
    String file = System.getProperty("it.jwks.file");
    if (file == null) {
      throw new IllegalStateException("system property it.jwks.file is not set");
    }
    try {
      Path path = Path.of(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, new JWKSet(KEY.toPublicJWK()).toString());
      // The deployed authorization server signs with the same key (its signing-keys file), so
      // that the tokens it issues verify at the MCP endpoint like these.
      String signingKeys = System.getProperty("it.signing.keys.file");
      if (signingKeys != null) {
        Files.writeString(Path.of(signingKeys), new JWKSet(KEY).toString(false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID("it-" + UUID.randomUUID()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot make the test key pair", e);
    }
  }
}
