package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small builders for the JSON Schemas (2020-12) and annotations of tool definitions. */
final class ToolSchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ToolSchemas() {}

  static ObjectNode object(String... required) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    schema.putObject("properties");
    if (required.length > 0) {
      ArrayNode names = schema.putArray("required");
      Arrays.stream(required).forEach(names::add);
    }
    return schema;
  }

  /** Adds a property to an object schema and returns the schema. */
  static ObjectNode property(ObjectNode objectSchema, String name, ObjectNode propertySchema) {
    ((ObjectNode) objectSchema.get("properties")).set(name, propertySchema);
    return objectSchema;
  }

  static ObjectNode closed(ObjectNode objectSchema) {
    return objectSchema.put("additionalProperties", false);
  }

  static ObjectNode type(String type, String description) {
    ObjectNode schema = NODES.objectNode().put("type", type);
    return description == null ? schema : schema.put("description", description);
  }

  /** A value of the given type or null. */
  static ObjectNode nullable(String type, String description) {
    ObjectNode schema = NODES.objectNode();
    schema.putArray("type").add(type).add("null");
    return description == null ? schema : schema.put("description", description);
  }

  static ObjectNode arrayOf(ObjectNode items, String description) {
    ObjectNode schema = type("array", description);
    schema.set("items", items);
    return schema;
  }

  static <E extends Enum<E>> ObjectNode enumOf(Class<E> type, String description) {
    ObjectNode schema = type("string", description);
    ArrayNode values = schema.putArray("enum");
    Arrays.stream(type.getEnumConstants())
        .forEach(c -> values.add(c.name().toLowerCase(Locale.ROOT)));
    return schema;
  }

  /** The words of an enum as arguments spell them, for error messages. */
  static <E extends Enum<E>> String words(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  /** A complete tool definition with the read-only, closed-world annotations every tool has. */
  static ObjectNode definition(
      String name, String title, String description, ObjectNode input, ObjectNode output) {
    ObjectNode tool = NODES.objectNode();
    tool.put("name", name).put("title", title).put("description", description);
    tool.set("inputSchema", input);
    if (output != null) {
      tool.set("outputSchema", output);
    }
    tool.putObject("annotations")
        .put("title", title)
        .put("readOnlyHint", true)
        .put("destructiveHint", false)
        .put("idempotentHint", true)
        .put("openWorldHint", false);
    return tool;
  }
}
