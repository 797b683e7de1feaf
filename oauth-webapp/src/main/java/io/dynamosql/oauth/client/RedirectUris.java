package io.dynamosql.oauth.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/** The redirect URI rules of OAuth 2.1 §2.3.1 and RFC 8252 §7.3 / §8.3. */
public final class RedirectUris {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "localhost");

  private RedirectUris() {}

  /**
   * Exact string comparison, except that a loopback redirect of a native client may use any port
   * (RFC 8252 §7.3: the port is chosen when the app starts).
   */
  public static boolean matches(String registered, String requested) {
    if (registered.equals(requested)) {
      return true;
    }
    Optional<URI> r = parse(registered);
    Optional<URI> q = parse(requested);
    if (r.isEmpty() || q.isEmpty() || !isLoopbackHttp(r.get()) || !isLoopbackHttp(q.get())) {
      return false;
    }
    return r.get().getHost().equals(q.get().getHost())
        && r.get().getRawPath().equals(q.get().getRawPath())
        && java.util.Objects.equals(r.get().getRawQuery(), q.get().getRawQuery())
        && java.util.Objects.equals(r.get().getRawFragment(), q.get().getRawFragment());
  }

  /**
   * Whether a client may register this redirect URI: absolute, no fragment, and either https or
   * http on a loopback host (OAuth 2.1 §2.3.1; a private-use scheme would need a native-app
   * registration this server does not offer).
   */
  public static boolean isAcceptable(String redirectUri) {
    Optional<URI> uri = parse(redirectUri);
    if (uri.isEmpty() || uri.get().getRawFragment() != null || uri.get().getHost() == null) {
      return false;
    }
    return "https".equals(uri.get().getScheme()) || isLoopbackHttp(uri.get());
  }

  /** The host the person will be sent to, shown on the consent page. */
  public static String host(String redirectUri) {
    return parse(redirectUri).map(URI::getHost).orElse(redirectUri);
  }

  /** Whether the redirect goes to this computer (a native app), which the consent page says. */
  public static boolean isLoopback(String redirectUri) {
    return parse(redirectUri).map(RedirectUris::isLoopbackHttp).orElse(false);
  }

  private static boolean isLoopbackHttp(URI uri) {
    return "http".equals(uri.getScheme())
        && uri.getHost() != null
        && LOOPBACK_HOSTS.contains(uri.getHost());
  }

  private static Optional<URI> parse(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() && uri.getRawUserInfo() == null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
