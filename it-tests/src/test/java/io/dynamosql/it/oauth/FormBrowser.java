package io.dynamosql.it.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.it.support.ProductHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser without scripts: keeps the cookies the server sets, reads the hidden fields of
 * the page's form and posts it back, never following redirects so that tests see each answer.
 */
final class FormBrowser {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private final ProductHttp http = new ProductHttp();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String page = "";

  HttpResponse<String> get(URI uri) {
    return remember(http.send(withCookies(HttpRequest.newBuilder(uri).GET())));
  }

  /** Posts the current page's form with its hidden fields plus {@code fields}. */
  HttpResponse<String> submit(String... fields) {
    Map<String, String> form = hiddenFields();
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    return post(Forms.encode(form));
  }

  HttpResponse<String> post(String body) {
    return remember(
        http.send(
            withCookies(
                HttpRequest.newBuilder(ProductHttp.uri("/authorize"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)))));
  }

  Map<String, String> hiddenFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher matcher = HIDDEN.matcher(page);
    while (matcher.find()) {
      fields.put(matcher.group(1), matcher.group(2));
    }
    return fields;
  }

  /** Login and consent with {@code decision}; returns the redirect back to the client. */
  URI authorize(URI authorizationUrl, String username, String password, String decision) {
    HttpResponse<String> login = get(authorizationUrl);
    assertEquals(200, login.statusCode(), login.body());
    HttpResponse<String> consent =
        submit("action", "login", "username", username, "password", password);
    assertEquals(200, consent.statusCode(), consent.body());
    HttpResponse<String> answer = submit("action", decision);
    assertEquals(303, answer.statusCode(), answer.body());
    return URI.create(answer.headers().firstValue("Location").orElseThrow());
  }

  private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          String.join(
              "; ",
              cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }
    return request;
  }

  private HttpResponse<String> remember(HttpResponse<String> response) {
    List<String> setCookies = response.headers().allValues("Set-Cookie");
    for (String cookie : setCookies) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    page = response.body();
    return response;
  }
}
