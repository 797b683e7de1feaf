package io.dynamosql.mcp.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.security.Scope;
import io.dynamosql.mcp.tool.Tool;
import io.dynamosql.mcp.tool.ToolOutcome;
import io.dynamosql.mcp.tool.ToolResult;
import java.util.Optional;

/** A conformance fixture tool without arguments that answers fixed content. */
final class FixtureTool implements Tool {

  /** What the tool does when called. */
  @FunctionalInterface
  interface Body {
    ToolOutcome run(RequestContext context) throws Exception;
  }

  private final String name;
  private final String description;
  private final Body body;

  FixtureTool(String name, String description, Body body) {
    this.name = name;
    this.description = description;
    this.body = body;
  }

  /** A tool that answers these content blocks. */
  static FixtureTool answering(String name, String description, ArrayNode content) {
    return new FixtureTool(
        name, description, context -> new ToolResult(content, null, false, null, null));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Scope> scope() {
    return Optional.empty();
  }

  @Override
  public ObjectNode definition() {
    ObjectNode tool = JsonNodeFactory.instance.objectNode();
    tool.put("name", name).put("description", description);
    tool.putObject("inputSchema").put("type", "object").putObject("properties");
    return tool;
  }

  @Override
  public ToolOutcome call(ObjectNode arguments, RequestContext context) throws Exception {
    return body.run(context);
  }
}
