package io.dynamosql.mcp.health;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The outcome of one check, independent of the MicroProfile Health runtime so that the webapp's own
 * health resource can serve it too.
 *
 * @param name the check's name, as it appears in the health report
 * @param up whether the check passed
 * @param data facts for the operator (strings, numbers, booleans); never secrets
 */
public record CheckResult(String name, boolean up, Map<String, Object> data) {

  public CheckResult {
    data = Map.copyOf(data);
  }

  /** The same outcome as MicroProfile Health reports it. */
  public HealthCheckResponse toResponse() {
    HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).status(up);
    data.forEach(
        (key, value) -> {
          if (value instanceof Long number) {
            builder.withData(key, number);
          } else if (value instanceof Integer number) {
            builder.withData(key, number.longValue());
          } else if (value instanceof Boolean flag) {
            builder.withData(key, flag);
          } else {
            builder.withData(key, String.valueOf(value));
          }
        });
    return builder.build();
  }
}
