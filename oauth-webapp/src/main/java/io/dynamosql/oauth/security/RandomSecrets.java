package io.dynamosql.oauth.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable values: codes, tokens, client secrets, CSRF tokens, identifiers. */
public final class RandomSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomSecrets() {}

  /** 256 random bits, base64url without padding (43 characters). */
  public static String token() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
  }

  /** A shorter random identifier (128 bits), for ids that are not secrets by themselves. */
  public static String identifier() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(16));
  }

  static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
