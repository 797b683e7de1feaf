package io.dynamosql.oauth.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.consent.Step;
import io.dynamosql.oauth.store.AuthorizationRequest;
import io.dynamosql.oauth.store.PendingAuthorization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagesTest {

  private static final String HOSTILE = "<script>alert('x')</script>\"&";

  private final Pages pages = new Pages();

  private static PendingAuthorization pending(String clientId, String redirect, String subject) {
    return new PendingAuthorization(
        "request-1",
        new AuthorizationRequest(
            clientId,
            HOSTILE,
            redirect,
            java.net.URI.create(redirect).getHost(),
            Optional.of("s"),
            "c".repeat(43),
            EnumSet.allOf(Scope.class),
            "https://as.example.test/mcp"),
        "digest",
        "csrf-token-1",
        Optional.ofNullable(subject),
        List.of(),
        Optional.empty(),
        Instant.now());
  }

  @Test
  void theLoginPageEscapesWhatTheClientChoseAndLabelsEveryField() {
    HtmlPage page =
        pages.login(
            new Step.ShowLogin(
                pending("dcr-1", "http://127.0.0.1:4000/cb", null),
                HOSTILE,
                Optional.of("The username or password is not correct.")));

    String html = page.html();
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;"), html);
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("<main id=\"main\""));
    assertTrue(html.contains("<label for=\"username\">Username</label>"));
    assertTrue(html.contains("<label for=\"password\">Password</label>"));
    assertTrue(html.contains("role=\"alert\""));
    assertTrue(html.contains("aria-invalid=\"true\""));
    assertTrue(html.contains("name=\"csrf\" value=\"csrf-token-1\""));
    assertEquals(200, page.status());
  }

  @Test
  void theConsentPageNamesTheClientTheRedirectHostAndEachScopeInWords() {
    String html =
        pages
            .consent(
                new Step.ShowConsent(
                    pending(
                        "https://tools.example/client.json", "http://127.0.0.1:4000/cb", "alice")))
            .html();

    assertTrue(html.contains("Signed in as <strong>alice</strong>"));
    for (Scope scope : Scope.values()) {
      assertTrue(html.contains(scope.description()), scope.value());
    }
    assertTrue(html.contains("<dd class=\"host\">127.0.0.1</dd>"));
    assertTrue(html.contains("<dd class=\"host\">tools.example</dd>"), "the document's host");
    assertTrue(html.contains("receives your answer on this computer"), "loopback warning");
    assertTrue(html.contains("value=\"approve\""));
    assertTrue(html.contains("value=\"deny\""));
  }

  @Test
  void aWebRedirectGetsNoLoopbackWarning() {
    String html =
        pages
            .consent(new Step.ShowConsent(pending("dcr-2", "https://app.example/cb", "alice")))
            .html();

    assertFalse(html.contains("on this computer"));
    assertTrue(html.contains("<dd class=\"host\">app.example</dd>"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"top", "bottom", "login", "consent", "problem"})
  void templatesNeverInsertUnescapedValues(String name) throws IOException {
    try (InputStream in =
        Pages.class.getResourceAsStream("/io/dynamosql/oauth/page/" + name + ".mustache")) {
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertFalse(template.contains("{{{"), name);
      assertFalse(template.contains("{{&"), name);
    }
  }
}
