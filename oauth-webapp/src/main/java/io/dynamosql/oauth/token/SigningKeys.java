package io.dynamosql.oauth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.dynamosql.oauth.security.RandomSecrets;
import io.dynamosql.oauth.store.SigningKeyTable;
import io.dynamosql.oauth.store.StoredSigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The RS256 signing keys: the newest signs, and the JWKS publishes it with its predecessor so that
 * tokens signed before a rotation stay verifiable until they expire. Keys come from a JWK set file
 * or from the key table, where the first instance to start generates one.
 */
public final class SigningKeys {

  /** How long an instance keeps the table's keys before looking for a rotation. */
  static final Duration RELOAD_INTERVAL = Duration.ofSeconds(60);

  private static final int PUBLISHED_KEYS = 2;

  private final Supplier<List<RSAKey>> source;
  private final Clock clock;
  private final Duration reloadInterval;
  private List<RSAKey> keys;
  private Instant loadedAt;

  private SigningKeys(Supplier<List<RSAKey>> source, Clock clock, Duration reloadInterval) {
    this.source = source;
    this.clock = clock;
    this.reloadInterval = reloadInterval;
    reload();
  }

  /** Keys kept in DynamoDB; generates the first one when the table is empty. */
  public static SigningKeys fromTable(SigningKeyTable table, Clock clock) {
    if (table.newestFirst().isEmpty()) {
      // Two instances starting together may both add one; both then agree on the newest.
      table.add(generate(clock.instant()));
    }
    return new SigningKeys(
        () -> table.newestFirst().stream().map(k -> parse(k.privateJwk())).toList(),
        clock,
        RELOAD_INTERVAL);
  }

  /** Keys from a JWK set file of private RSA keys, the current one first. */
  public static SigningKeys fromFile(Path file, Clock clock) {
    List<RSAKey> keys;
    try {
      keys = JWKSet.load(file.toFile()).getKeys().stream().map(JWK::toRSAKey).toList();
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException("Cannot read the signing keys file " + file, e);
    }
    if (keys.isEmpty() || !keys.get(0).isPrivate()) {
      throw new IllegalArgumentException("The signing keys file " + file + " has no private key");
    }
    return new SigningKeys(() -> keys, clock, Duration.ofDays(36_500));
  }

  /** A new 2048-bit RSA key pair with a random kid, ready to store. */
  public static StoredSigningKey generate(Instant now) {
    try {
      RSAKey key =
          new RSAKeyGenerator(2048)
              .keyID(RandomSecrets.identifier())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .issueTime(java.util.Date.from(now))
              .generate();
      return new StoredSigningKey(key.getKeyID(), key.toJSONString(), now);
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
  }

  /** The key that signs new tokens. */
  synchronized RSAKey current() {
    if (clock.instant().isAfter(loadedAt.plus(reloadInterval))) {
      reload();
    }
    return keys.get(0);
  }

  /** The public JWK set: the current key and its predecessor. */
  public synchronized JWKSet publicJwks() {
    current();
    return new JWKSet(keys.stream().limit(PUBLISHED_KEYS).map(k -> (JWK) k).toList())
        .toPublicJWKSet();
  }

  private void reload() {
    keys = source.get();
    loadedAt = clock.instant();
    if (keys.isEmpty()) {
      throw new IllegalStateException("No signing key");
    }
  }

  private static RSAKey parse(String json) {
    try {
      return RSAKey.parse(json);
    } catch (ParseException e) {
      throw new IllegalStateException("Stored signing key is not an RSA JWK", e);
    }
  }
}
