package io.dynamosql.oauth.endpoint;

import io.dynamosql.oauth.config.OAuthSettings;
import io.dynamosql.oauth.security.RandomSecrets;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cookie that binds a pending authorization to the browser that started it: random, HttpOnly,
 * SameSite=Strict, and Secure with the {@code __Host-} prefix whenever the server is served over
 * HTTPS. Only plain-HTTP loopback development drops Secure, because clients do not send Secure
 * cookies over HTTP.
 */
final class BrowserCookie {

  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final boolean secure;
  private final String name;
  private final Duration lifetime;

  BrowserCookie(OAuthSettings settings) {
    this.secure = "https".equals(settings.issuer().getScheme());
    this.name = secure ? "__Host-dynamosql-authz" : "dynamosql-authz";
    this.lifetime = settings.pendingAuthorizationLifetime();
  }

  /** The browser's token, if it sent a well-formed one. */
  Optional<String> read(HttpHeaders headers) {
    return Optional.ofNullable(headers.getCookies().get(name))
        .map(Cookie::getValue)
        .filter(v -> VALUE.matcher(v).matches());
  }

  /** The browser's token, or a new one for a browser that has none. */
  String readOrCreate(HttpHeaders headers) {
    return read(headers).orElseGet(RandomSecrets::token);
  }

  /** The Set-Cookie header value that (re)sets the token. */
  String header(String value) {
    return name
        + "="
        + value
        + "; Path=/; Max-Age="
        + lifetime.toSeconds()
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
