package io.dynamosql.mcp.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key ids of the JWKS that MicroProfile JWT verifies with ({@code
 * mp.jwt.verify.publickey.location}), read at most once a minute so that a stream of tokens under
 * made-up key ids cannot make this server fetch the JWKS for each.
 */
@ApplicationScoped
public class JwksKeyIds {

  private static final Duration FRESH = Duration.ofMinutes(1);
  private static final int TIMEOUT_MILLIS = 2_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Read(Set<String> ids, Instant at) {}

  private final Clock clock = Clock.systemUTC();
  private volatile Read last;

  /** The key ids, or empty when the JWKS is not configured or cannot be read now. */
  public Optional<Set<String>> current() {
    Read read = last;
    if (read != null && read.at().plus(FRESH).isAfter(clock.instant())) {
      return Optional.of(read.ids());
    }
    Optional<String> location =
        ConfigProvider.getConfig()
            .getOptionalValue("mp.jwt.verify.publickey.location", String.class);
    if (location.isEmpty()) {
      return Optional.empty();
    }
    try {
      Set<String> ids = read(URI.create(location.get().trim()));
      last = new Read(ids, clock.instant());
      return Optional.of(ids);
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  private static Set<String> read(URI location) throws IOException {
    URLConnection connection = location.toURL().openConnection();
    connection.setConnectTimeout(TIMEOUT_MILLIS);
    connection.setReadTimeout(TIMEOUT_MILLIS);
    try (InputStream in = connection.getInputStream()) {
      Set<String> ids = new HashSet<>();
      for (JsonNode key : JSON.readTree(in).path("keys")) {
        if (key.path("kid").isTextual()) {
          ids.add(key.path("kid").asText());
        }
      }
      return Set.copyOf(ids);
    }
  }
}
