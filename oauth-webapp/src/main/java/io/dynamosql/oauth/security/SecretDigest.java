package io.dynamosql.oauth.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * SHA-256 digests of high-entropy secrets (client secrets, refresh tokens, codes) for storage and
 * their constant-time comparison. A fast hash is enough here because these secrets carry 256 random
 * bits and cannot be guessed offline; passwords use {@link PasswordHasher} instead.
 */
public final class SecretDigest {

  private SecretDigest() {}

  /** The base64url SHA-256 digest of a secret. */
  public static String of(String secret) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(secret));
  }

  /** Whether {@code secret} digests to {@code storedDigest}, compared in constant time. */
  public static boolean matches(String secret, String storedDigest) {
    return MessageDigest.isEqual(
        of(secret).getBytes(StandardCharsets.US_ASCII),
        storedDigest.getBytes(StandardCharsets.US_ASCII));
  }

  /** Constant-time equality of two strings (CSRF tokens, PKCE challenges). */
  public static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
