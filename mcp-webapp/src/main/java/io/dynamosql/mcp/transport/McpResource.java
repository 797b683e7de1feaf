package io.dynamosql.mcp.transport;

import io.dynamosql.mcp.config.McpConfig;
import io.dynamosql.mcp.security.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import javax.sql.DataSource;

/**
 * The MCP endpoint: POST carries JSON-RPC; GET and DELETE answer 405 because the server pushes
 * nothing and keeps no sessions.
 */
@Path("")
@ApplicationScoped
public class McpResource {

  @Resource(lookup = "java:app/jdbc/dynamosql")
  DataSource dataSource;

  @Inject McpConfig config;

  @Inject AuditLog audit;

  @Inject McpServerParts fixtures;

  private McpEndpoint endpoint;

  @PostConstruct
  void start() {
    endpoint =
        McpServer.endpoint(
            McpServer.dynamoSqlParts(dataSource, config).plus(fixtures), config, audit);
  }

  @POST
  public Response post(@Context HttpHeaders headers, @Context HttpServletRequest request) {
    return endpoint.post(HttpCall.read(headers, request)).toResponse();
  }

  @GET
  public Response get() {
    return notAllowed();
  }

  @DELETE
  public Response delete() {
    return notAllowed();
  }

  private static Response notAllowed() {
    return Response.status(Response.Status.METHOD_NOT_ALLOWED).header("Allow", "POST").build();
  }
}
