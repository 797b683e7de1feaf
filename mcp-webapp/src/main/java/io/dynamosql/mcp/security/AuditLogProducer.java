package io.dynamosql.mcp.security;

import io.dynamosql.mcp.config.McpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;

/** Makes the configured {@link AuditLog} injectable. */
@ApplicationScoped
public class AuditLogProducer {

  @Inject McpConfig config;

  @Produces
  AuditLog auditLog() {
    return new JsonLinesAuditLog(config.auditFile().isEmpty() ? null : Path.of(config.auditFile()));
  }
}
