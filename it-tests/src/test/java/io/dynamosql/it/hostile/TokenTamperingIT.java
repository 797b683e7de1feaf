package io.dynamosql.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forged and altered bearer tokens at the MCP endpoint, beyond McpHttpIT's expired, foreign
 * audience, foreign issuer, unknown key and not-a-JWT: each is the {@code invalid_token} challenge.
 */
class TokenTamperingIT extends DeployedProductTest {

  private final McpWire wire = new McpWire();

  private static JWTClaimsSet claims() {
    return TestTokens.claims("demo", "it-tamper", List.of("query", "schemas:read")).build();
  }

  /** The public key the server verifies with, as an attacker reads it from the JWKS. */
  private static RSAKey publishedKey() throws IOException, ParseException {
    return JWKSet.load(ProductHttp.uri("/jwks").toURL()).getKeys().get(0).toRSAKey();
  }

  private void assertInvalidToken(String token) {
    var response = wire.postAs(token, McpWire.PING);
    assertEquals(401, response.statusCode(), response.body());
    String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.startsWith("Bearer error=\"invalid_token\""), challenge);
    assertTrue(
        challenge.contains(
            "resource_metadata=\""
                + ProductHttp.uri("/.well-known/oauth-protected-resource/mcp")
                + "\""),
        challenge);
  }

  @Test
  void theValidTokenThisClassTampersWithIsAccepted() {
    assertEquals(200, wire.postAs(TestTokens.sign(claims()), McpWire.PING).statusCode());
  }

  @Test
  void algNoneIsRefused() {
    assertInvalidToken(
        new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claims())
            .serialize());
  }

  @Test
  void algNoneWithTheKidOfTheRealKeyIsRefused() throws Exception {
    String header =
        Base64URL.encode(
                "{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + publishedKey().getKeyID() + "\"}")
            .toString();
    assertInvalidToken(header + "." + claims().toPayload().toBase64URL() + ".");
  }

  /** The classic key confusion: HS256 with the RSA public key's bytes as the HMAC secret. */
  @ParameterizedTest(name = "secret = public key as {0}")
  @ValueSource(strings = {"PEM", "DER", "JWK JSON"})
  void hs256SignedWithThePublicKeyIsRefused(String form) throws Exception {
    RSAKey key = publishedKey();
    byte[] der = key.toRSAPublicKey().getEncoded();
    byte[] secret =
        switch (form) {
          case "PEM" ->
              ("-----BEGIN PUBLIC KEY-----\n"
                      + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                          .encodeToString(der)
                      + "\n-----END PUBLIC KEY-----\n")
                  .getBytes(StandardCharsets.US_ASCII);
          case "DER" -> der;
          default -> key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        };
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims());
    jwt.sign(new MACSigner(secret));
    assertInvalidToken(jwt.serialize());
  }

  @Test
  void aModifiedPayloadUnderTheOriginalSignatureIsRefused() {
    String[] parts =
        TestTokens.sign(TestTokens.claims("demo", "it-tamper", List.of("schemas:read")).build())
            .split("\\.");
    JWTClaimsSet widened =
        TestTokens.claims("admin", "it-tamper", List.of("query", "schemas:read")).build();
    assertInvalidToken(parts[0] + "." + widened.toPayload().toBase64URL() + "." + parts[2]);
  }

  @Test
  void aStrippedSignatureIsRefused() {
    String[] parts = TestTokens.sign(claims()).split("\\.");
    assertInvalidToken(parts[0] + "." + parts[1] + ".");
  }

  @Test
  void aTokenSignedByTheRealKeyUnderAnUnknownKidIsRefused() throws Exception {
    RSAKey signing =
        JWKSet.load(Path.of(System.getProperty("it.signing.keys.file")).toFile())
            .getKeys()
            .get(0)
            .toRSAKey();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("unknown-kid")
                .type(JOSEObjectType.JWT)
                .build(),
            claims());
    jwt.sign(new RSASSASigner(signing));
    assertInvalidToken(jwt.serialize());
  }

  @Test
  void aTokenWithoutAudienceIsRefused() {
    assertInvalidToken(
        TestTokens.sign(
            TestTokens.claims("demo", "it-tamper", List.of("query"))
                .audience((String) null)
                .build()));
  }

  @Test
  void aTokenWithoutExpiryIsRefused() {
    assertInvalidToken(
        TestTokens.sign(
            TestTokens.claims("demo", "it-tamper", List.of("query")).expirationTime(null).build()));
  }
}
