package io.dynamosql.oauth.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OAuthExceptionTest {

  @Test
  void descriptionsKeepToTheCharactersRfc6749Allows() {
    OAuthException e = OAuthError.INVALID_REQUEST.exception("Unknown client \"a\\b\"\nwith é");

    assertEquals("Unknown client 'a/b'?with ?", e.description());
  }

  @Test
  void basicFailuresCarryTheirChallengeAndStatus() {
    OAuthException e = OAuthException.invalidBasicClient("Client authentication failed");

    assertEquals(401, e.error().status());
    assertEquals(true, e.basicAuthenticationAttempted());
  }
}
