package io.dynamosql.mcp.rest;

import io.dynamosql.mcp.config.McpConfig;
import io.dynamosql.mcp.security.AuditLog;
import io.dynamosql.mcp.security.BearerChallenge;
import io.dynamosql.mcp.sql.QueryRunner;
import io.dynamosql.mcp.tool.ResultCursors;
import io.dynamosql.mcp.transport.HttpCall;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import javax.sql.DataSource;

/**
 * {@code POST /v1/query}: guarded by the same bearer tokens as MCP, and the {@code query} scope.
 */
@Path("/v1/query")
@ApplicationScoped
public class QueryResource {

  @Resource(lookup = "java:app/jdbc/dynamosql")
  DataSource dataSource;

  @Inject McpConfig config;

  @Inject AuditLog audit;

  private QueryApi api;

  @PostConstruct
  void start() {
    api =
        new QueryApi(
            new QueryRunner(dataSource, config.queryTimeout()),
            new ResultCursors(config.cursorKey()),
            config.defaultMaxRows(),
            config.maxRows(),
            new BearerChallenge(config.resourceMetadataUrl()),
            audit);
  }

  @POST
  public Response post(@Context HttpHeaders headers, @Context HttpServletRequest request) {
    return api.post(HttpCall.read(headers, request)).toResponse();
  }
}
