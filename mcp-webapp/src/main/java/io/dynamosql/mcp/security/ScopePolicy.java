package io.dynamosql.mcp.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcRequest;
import io.dynamosql.mcp.resource.TableSchemaTemplate;
import io.dynamosql.mcp.tool.ToolRegistry;
import java.util.Optional;

/**
 * Which scope a request needs before it runs: a tool's own scope for {@code tools/call}, {@code
 * schemas:read} for reading a table's schema resource. Everything else (listing, documentation,
 * prompts) needs only a valid token. Deciding before dispatch lets the server answer 403 with a
 * step-up challenge instead of a JSON-RPC error.
 */
public final class ScopePolicy {

  private final ToolRegistry tools;

  public ScopePolicy(ToolRegistry tools) {
    this.tools = tools;
  }

  public Optional<Scope> requiredScope(JsonRpcRequest request) {
    JsonNode params = request.params();
    return switch (request.method()) {
      case "tools/call" -> tools.find(params.path("name").asText()).flatMap(t -> t.scope());
      case "resources/read" ->
          TableSchemaTemplate.matches(params.path("uri").asText())
              ? Optional.of(Scope.SCHEMAS_READ)
              : Optional.empty();
      default -> Optional.empty();
    };
  }
}
