package io.dynamosql.mcp.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the webapp answers requests. It deliberately ignores DynamoDB: an outage there must
 * take the instance out of the load balancer (readiness), not make the orchestrator restart it.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  /** The check's name in health reports. */
  public static final String NAME = "dynamosql-mcp";

  public CheckResult result() {
    return new CheckResult(NAME, true, Map.of());
  }

  @Override
  public HealthCheckResponse call() {
    return result().toResponse();
  }
}
