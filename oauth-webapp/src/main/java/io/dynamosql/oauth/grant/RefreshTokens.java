package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.security.RandomSecrets;
import io.dynamosql.oauth.security.SecretDigest;
import io.dynamosql.oauth.store.RefreshFamily;
import io.dynamosql.oauth.store.RefreshFamilyTable;
import java.time.Clock;
import java.util.Optional;

/**
 * Opaque refresh tokens of the form {@code <family id>.<secret>}: the family id finds the chain,
 * and only the digest of the whole token is stored. A presented token that is no longer the
 * family's current one is a reuse, and the whole family is revoked (RFC 9700 §4.14.2).
 */
public final class RefreshTokens {

  private final RefreshFamilyTable families;
  private final Clock clock;

  public RefreshTokens(RefreshFamilyTable families, Clock clock) {
    this.families = families;
    this.clock = clock;
  }

  /** A fresh token for a family, not yet stored. */
  static String newToken(String familyId) {
    return familyId + "." + RandomSecrets.token();
  }

  /** The family id a token names, if it has the expected shape. */
  static Optional<String> familyOf(String token) {
    int dot = token.indexOf('.');
    return dot > 0 ? Optional.of(token.substring(0, dot)) : Optional.empty();
  }

  /** Stores a new family; false when it was revoked before it existed (a replayed code). */
  boolean start(RefreshFamily family) {
    return families.create(family);
  }

  /** The result of presenting a refresh token. */
  sealed interface Rotation {
    record Rotated(RefreshFamily family, String token) implements Rotation {}

    record Refused(String reason) implements Rotation {}
  }

  /** Exchanges a refresh token of {@code clientId} for the next one of its family. */
  Rotation rotate(String presented, String clientId) {
    Optional<RefreshFamily> family = familyOf(presented).flatMap(families::find);
    if (family.isEmpty() || !family.get().clientId().equals(clientId)) {
      return new Rotation.Refused("Unknown refresh token");
    }
    String next = newToken(family.get().familyId());
    String presentedDigest = SecretDigest.of(presented);
    Optional<RefreshFamily> rotated =
        families.rotate(
            family.get().familyId(), presentedDigest, SecretDigest.of(next), clock.instant());
    if (rotated.isPresent()) {
      return new Rotation.Rotated(rotated.get(), next);
    }
    if (family.get().revoked()) {
      return new Rotation.Refused("Refresh token revoked");
    }
    if (!clock.instant().isBefore(family.get().sessionExpiresAt())) {
      return new Rotation.Refused("The session has ended; sign in again");
    }
    // The token belonged to the family but is no longer its current one: someone replays it.
    families.revoke(family.get().familyId(), clock.instant());
    return new Rotation.Refused("Refresh token reused; the session is revoked");
  }

  /** Revokes the family of a token the client presents (RFC 7009); unknown tokens are ignored. */
  public void revoke(String token, String clientId) {
    familyOf(token)
        .flatMap(families::find)
        .filter(f -> f.clientId().equals(clientId))
        .filter(f -> SecretDigest.matches(token, f.tokenDigest()))
        .ifPresent(f -> families.revoke(f.familyId(), clock.instant()));
  }

  /** Revokes a whole family by id (a replayed authorization code). */
  void revokeFamily(String familyId) {
    families.revoke(familyId, clock.instant());
  }
}
