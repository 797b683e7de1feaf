package io.dynamosql.oauth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.dynamosql.oauth.LocalState;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.SharedLocalState;
import io.dynamosql.oauth.TestClock;
import io.dynamosql.oauth.store.OAuthState;
import io.dynamosql.oauth.store.SigningKeyTable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLocalState.class)
class SigningKeysTest {

  private final LocalState local;

  SigningKeysTest(LocalState local) {
    this.local = local;
  }

  @Test
  void twoInstancesOnTheSameTablesPublishAndSignWithTheSameKey() throws Exception {
    OAuthState state = local.newState();
    TestClock clock = new TestClock();
    SigningKeys first = SigningKeys.fromTable(state.signingKeys(), clock);
    SigningKeys second = SigningKeys.fromTable(state.signingKeys(), clock);

    assertEquals(1, first.publicJwks().getKeys().size());
    assertEquals(first.publicJwks().toString(), second.publicJwks().toString());
    assertFalse(
        first.publicJwks().getKeys().get(0).isPrivate(), "the JWKS never shows a private key");
    String kid = kidOf(issuer(second, clock).issue(token()).value());
    assertEquals(first.publicJwks().getKeys().get(0).getKeyID(), kid);
  }

  @Test
  void afterARotationTheNewKeySignsAndThePreviousStaysPublished() throws Exception {
    OAuthState state = local.newState();
    TestClock clock = new TestClock();
    SigningKeyTable table = state.signingKeys();
    SigningKeys keys = SigningKeys.fromTable(table, clock);
    String oldKid = keys.publicJwks().getKeys().get(0).getKeyID();
    clock.advance(Duration.ofSeconds(1));
    var rotated = SigningKeys.generate(clock.instant());
    table.add(rotated);
    clock.advance(SigningKeys.RELOAD_INTERVAL.plusSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    table.add(SigningKeys.generate(clock.instant().minus(Duration.ofDays(1))));

    List<String> published = keys.publicJwks().getKeys().stream().map(JWK::getKeyID).toList();

    assertEquals(List.of(rotated.kid(), oldKid), published, "current first, then previous only");
    assertEquals(rotated.kid(), kidOf(issuer(keys, clock).issue(token()).value()));
  }

  @Test
  void keysFromAFileSignWithTheFirstKey(@TempDir Path dir) throws Exception {
    var current = SigningKeys.generate(java.time.Instant.now());
    var previous = SigningKeys.generate(java.time.Instant.now());
    Path file = dir.resolve("keys.json");
    Files.writeString(
        file,
        new JWKSet(List.of(JWK.parse(current.privateJwk()), JWK.parse(previous.privateJwk())))
            .toString(false));
    TestClock clock = new TestClock();

    SigningKeys keys = SigningKeys.fromFile(file, clock);

    assertEquals(current.kid(), kidOf(issuer(keys, clock).issue(token()).value()));
    assertEquals(2, keys.publicJwks().getKeys().size());
  }

  @Test
  void aFileWithoutPrivateKeysIsRefusedWithItsName(@TempDir Path dir) throws Exception {
    var key = SigningKeys.generate(java.time.Instant.now());
    Path file = dir.resolve("public.json");
    Files.writeString(file, new JWKSet(JWK.parse(key.privateJwk()).toPublicJWK()).toString());

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> SigningKeys.fromFile(file, new TestClock()));
    assertEquals("The signing keys file " + file + " has no private key", refused.getMessage());
  }

  private static AccessTokenIssuer issuer(SigningKeys keys, TestClock clock) {
    return new AccessTokenIssuer(
        URI.create("https://as.test"), keys, Duration.ofMinutes(10), clock);
  }

  private static AccessToken token() {
    return new AccessToken(
        "alice", "client", "https://as.test/mcp", Set.of(Scope.QUERY), List.of("user"));
  }

  private static String kidOf(String jwt) throws Exception {
    return SignedJWT.parse(jwt).getHeader().getKeyID();
  }
}
