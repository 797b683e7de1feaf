package io.dynamosql.mcp.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while DynamoDB answers through the application's DataSource: see {@link DataSourceProbe}.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/dynamosql")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  private DataSourceProbe probe;

  @PostConstruct
  void start() {
    var config = ConfigProvider.getConfig();
    probe =
        new DataSourceProbe(
            dataSource,
            HealthSettings.from(key -> config.getOptionalValue(key, String.class).orElse(null)),
            executor);
  }

  /** Runs the probe once. */
  public CheckResult result() {
    return probe.probe();
  }

  @Override
  public HealthCheckResponse call() {
    return result().toResponse();
  }
}
