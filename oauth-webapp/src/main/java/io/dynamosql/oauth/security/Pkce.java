package io.dynamosql.oauth.security;

import java.util.Base64;
import java.util.regex.Pattern;

/** PKCE (RFC 7636) with the S256 method only, as OAuth 2.1 and the MCP specification require. */
public final class Pkce {

  // RFC 7636 §4.1: 43 to 128 characters from the unreserved set.
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
  // The S256 challenge is a base64url SHA-256: exactly 43 characters.
  private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");

  private Pkce() {}

  public static boolean isWellFormedChallenge(String challenge) {
    return CHALLENGE.matcher(challenge).matches();
  }

  /**
   * Whether the verifier is well formed and hashes to the challenge (compared in constant time).
   */
  public static boolean verifies(String verifier, String challenge) {
    if (!VERIFIER.matcher(verifier).matches()) {
      return false;
    }
    String computed =
        Base64.getUrlEncoder().withoutPadding().encodeToString(SecretDigest.sha256(verifier));
    return SecretDigest.equal(computed, challenge);
  }
}
