package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a tool call returns: {@code content} blocks, optional {@code structuredContent} and the
 * {@code isError} flag.
 *
 * @param content the content blocks
 * @param structured the structured result, or null
 * @param error whether the call failed in a way the model should read and act on
 * @param rowCount rows the call returned (for the audit log), or null
 * @param itemsRead DynamoDB items the call read (for the audit log), or null
 */
public record ToolResult(
    ArrayNode content, JsonNode structured, boolean error, Integer rowCount, Long itemsRead)
    implements ToolOutcome {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A success with structured content and its readable rendering. */
  public static ToolResult of(ObjectNode structured, String text) {
    return new ToolResult(textBlock(text), structured, false, null, null);
  }

  /** A failure the model can read and fix. */
  public static ToolResult error(String message) {
    return new ToolResult(textBlock(message), null, true, null, null);
  }

  /** The same result with the facts the audit log records. */
  public ToolResult withCounts(int rows, Long items) {
    return new ToolResult(content, structured, error, rows, items);
  }

  public static ArrayNode textBlock(String text) {
    ArrayNode content = NODES.arrayNode();
    content.addObject().put("type", "text").put("text", text);
    return content;
  }

  @Override
  public String auditOutcome() {
    return error ? "tool_error" : "ok";
  }

  /** The {@code CallToolResult} object. */
  @Override
  public ObjectNode toJson() {
    ObjectNode result = NODES.objectNode();
    result.set("content", content);
    if (structured != null) {
      result.set("structuredContent", structured);
    }
    result.put("isError", error);
    return result;
  }
}
