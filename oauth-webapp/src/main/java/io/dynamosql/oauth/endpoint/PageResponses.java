package io.dynamosql.oauth.endpoint;

import io.dynamosql.oauth.page.HtmlPage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The headers every browser-facing response of the authorization flow carries: never cached, never
 * framed (clickjacking of the consent button), no scripts at all, no referrer (the URLs hold
 * request ids, states and codes).
 */
final class PageResponses {

  private PageResponses() {}

  /**
   * A page whose forms post to this server; {@code redirectOrigin} is added to {@code form-action}
   * because browsers apply it to the redirect that follows the consent form.
   */
  static Response page(HtmlPage page, Optional<String> redirectOrigin) {
    String formAction = "'self'" + redirectOrigin.map(o -> " " + o).orElse("");
    return common(Response.status(page.status()))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action "
                + formAction
                + "; frame-ancestors 'none'; base-uri 'none'")
        // Bytes, not a String: RESTEasy (WildFly) HTML-escapes String entities of 400 responses,
        // which would show the person markup; the page is escaped by its templates already.
        .entity(page.html().getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /** Back to the client: 302 after the GET, 303 after a form so the browser follows with GET. */
  static Response redirect(URI location, boolean afterForm) {
    return common(Response.status(afterForm ? 303 : 302)).location(location).build();
  }

  private static Response.ResponseBuilder common(Response.ResponseBuilder response) {
    return response
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .header("X-Frame-Options", "DENY")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer");
  }
}
