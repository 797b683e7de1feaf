package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.dispatch.Dispatcher;
import io.dynamosql.mcp.dispatch.SinglePageLists;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.security.AuditLog;
import io.dynamosql.mcp.sql.QueryFailure;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** {@code tools/list} and {@code tools/call}, with an audit line per call. */
public final class ToolMethods {

  private final ToolRegistry tools;
  private final AuditLog audit;

  public ToolMethods(ToolRegistry tools, AuditLog audit) {
    this.tools = tools;
    this.audit = audit;
  }

  public void register(Dispatcher dispatcher) {
    dispatcher.on("tools/list", this::list);
    dispatcher.on("tools/call", this::call);
  }

  private ObjectNode list(ObjectNode params, RequestContext context) throws JsonRpcException {
    SinglePageLists.rejectCursor(params);
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ArrayNode list = result.putArray("tools");
    tools.visibleTo(context.caller()).forEach(t -> list.add(t.definition()));
    return result;
  }

  private ObjectNode call(ObjectNode params, RequestContext context) throws Exception {
    JsonNode name = params.get("name");
    if (name == null || !name.isTextual()) {
      throw JsonRpcException.invalidParams("tools/call: 'name' must be a string");
    }
    Tool tool =
        tools
            .find(name.asText())
            .filter(t -> t.scope().map(context.caller()::has).orElse(true))
            .orElseThrow(() -> JsonRpcException.invalidParams("Unknown tool: " + name.asText()));
    JsonNode arguments = params.get("arguments");
    if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
      throw JsonRpcException.invalidParams("tools/call: 'arguments' must be an object");
    }
    ObjectNode args =
        arguments instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    Instant started = Instant.now();
    ToolOutcome result = null;
    try {
      try {
        result = tool.call(args, context);
      } catch (SQLException e) {
        // A database that cannot be reached is news for the model, not a server defect.
        if (QueryFailure.of(e) != QueryFailure.UNAVAILABLE) {
          throw e;
        }
        result = ToolResult.error(SqlErrorText.of(e));
      }
      return result.toJson();
    } finally {
      audit.record(
          new AuditLog.Entry(
              started,
              context.caller(),
              tool.name(),
              args,
              result == null ? null : result.rowCount(),
              result == null ? null : result.itemsRead(),
              Duration.between(started, Instant.now()).toMillis(),
              result == null ? "failure" : result.auditOutcome()));
    }
  }
}
