package io.dynamosql.mcp.transport;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which browser origins may call the server (DNS rebinding protection). Requests without {@code
 * Origin} (non-browser clients) pass; a browser origin must be the public origin, a configured one,
 * or a loopback origin when the server itself is published on loopback.
 */
public final class OriginPolicy {

  private final Set<String> allowed = new HashSet<>();
  private final boolean loopbackServer;

  public OriginPolicy(String publicBaseUrl, List<String> extraOrigins) {
    URI base = URI.create(publicBaseUrl);
    allowed.add(origin(base));
    extraOrigins.forEach(o -> allowed.add(o.toLowerCase(Locale.ROOT)));
    loopbackServer = isLoopback(base.getHost());
  }

  public boolean allows(String origin) {
    if (origin == null) {
      return true;
    }
    URI uri;
    try {
      uri = URI.create(origin.trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      return false;
    }
    return allowed.contains(origin(uri)) || (loopbackServer && isLoopback(uri.getHost()));
  }

  private static String origin(URI uri) {
    String text =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    return text.toLowerCase(Locale.ROOT);
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
  }
}
