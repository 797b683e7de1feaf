package io.dynamosql.mcp.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque tokens the server hands to clients and must get back unchanged (continuation cursors,
 * request state): {@code base64url(body).base64url(HMAC-SHA256(body))}. A token that was changed in
 * any way does not open.
 */
public final class SignedTokens {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  /** Tokens signed with this secret; an empty secret means a random key for this process. */
  public SignedTokens(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
    }
    this.key = new SecretKeySpec(bytes, ALGORITHM);
  }

  public String seal(byte[] body) {
    return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
  }

  /** The body of a token this key sealed, or empty for anything else. */
  public Optional<byte[]> open(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      byte[] body = DECODER.decode(token.substring(0, dot));
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      return MessageDigest.isEqual(sign(body), signature) ? Optional.of(body) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
