package io.dynamosql.mcp.conformance;

import io.dynamosql.mcp.config.McpConfig;
import io.dynamosql.mcp.transport.McpServerParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The parts the deployment adds to DynamoSQL's own: the fixtures in the conformance profile. */
@ApplicationScoped
public class ConformancePartsProducer {

  @Inject McpConfig config;

  @Produces
  McpServerParts extraParts() {
    return config.conformanceProfile() ? ConformanceFixtures.parts() : McpServerParts.none();
  }
}
