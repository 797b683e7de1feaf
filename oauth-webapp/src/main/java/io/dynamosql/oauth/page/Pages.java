package io.dynamosql.oauth.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.dynamosql.oauth.client.ClientIdMetadataDocuments;
import io.dynamosql.oauth.client.RedirectUris;
import io.dynamosql.oauth.consent.Step;
import io.dynamosql.oauth.store.AuthorizationRequest;
import io.dynamosql.oauth.store.PendingAuthorization;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the login, consent and problem pages. Templates use only {@code {{name}}}, which Mustache
 * HTML-escapes, so no value a client or person sends can become markup.
 */
public final class Pages {

  private static final String ROOT = "io/dynamosql/oauth/page";

  private final MustacheFactory mustache = new DefaultMustacheFactory(ROOT);
  private final Mustache login = mustache.compile("login.mustache");
  private final Mustache consent = mustache.compile("consent.mustache");
  private final Mustache problem = mustache.compile("problem.mustache");
  private final String stylesheet = resource("oauth.css");

  public HtmlPage login(Step.ShowLogin step) {
    Map<String, Object> model = common(step.pending(), "Sign in");
    model.put("username", step.username());
    model.put("hasUsername", !step.username().isEmpty());
    step.error().ifPresent(error -> model.put("error", error));
    return new HtmlPage(200, render(login, model));
  }

  public HtmlPage consent(Step.ShowConsent step) {
    PendingAuthorization pending = step.pending();
    Map<String, Object> model = common(pending, "Allow access");
    model.put("subject", pending.subject().orElseThrow());
    model.put(
        "scopes",
        pending.request().scopes().stream()
            .sorted()
            .map(s -> Map.of("value", s.value(), "description", s.description()))
            .toList());
    String clientId = pending.request().clientId();
    if (ClientIdMetadataDocuments.isDocumentUrl(clientId)) {
      model.put("clientIdHost", URI.create(clientId).getHost());
    }
    model.put("loopback", RedirectUris.isLoopback(pending.request().redirectUri()));
    return new HtmlPage(200, render(consent, model));
  }

  public HtmlPage problem(Step.ShowProblem step) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", step.title());
    model.put("message", step.message());
    return new HtmlPage(step.status(), render(problem, model));
  }

  /** The one stylesheet of every page. */
  public String stylesheet() {
    return stylesheet;
  }

  private static Map<String, Object> common(PendingAuthorization pending, String title) {
    AuthorizationRequest request = pending.request();
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("clientName", request.clientName());
    model.put("redirectHost", request.redirectHost());
    model.put("requestId", pending.requestId());
    model.put("csrf", pending.csrfToken());
    return model;
  }

  private static String render(Mustache template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    template.execute(out, model);
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(ROOT + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing page resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
