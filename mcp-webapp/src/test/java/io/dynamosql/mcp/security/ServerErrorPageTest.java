package io.dynamosql.mcp.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The key id the 500 page reads from a bearer token, and what it ignores. */
class ServerErrorPageTest {

  private static String part(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theKidOfABearerTokensHeader() {
    String token = part("{\"alg\":\"RS256\",\"kid\":\"k-1\"}") + "." + part("{}") + ".sig";

    assertEquals(Optional.of("k-1"), ServerErrorPage.keyId("Bearer " + token));
    assertEquals(Optional.of("k-1"), ServerErrorPage.keyId("bearer " + token));
  }

  @Test
  void nothingWithoutABearerTokenWithAKid() {
    assertEquals(Optional.empty(), ServerErrorPage.keyId(null));
    assertEquals(Optional.empty(), ServerErrorPage.keyId("Basic dXNlcjpwYXNz"));
    assertEquals(Optional.empty(), ServerErrorPage.keyId("Bearer not-a-jwt"));
    assertEquals(Optional.empty(), ServerErrorPage.keyId("Bearer %%%.e30.x"));
    assertEquals(
        Optional.empty(), ServerErrorPage.keyId("Bearer " + part("{\"alg\":\"none\"}") + ".e30."));
    assertEquals(
        Optional.empty(), ServerErrorPage.keyId("Bearer " + part("{\"kid\":7}") + ".e30.x"));
  }
}
