package io.dynamosql.mcp.resource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/**
 * A resource whose content is fixed when the server starts.
 *
 * @param uri its URI
 * @param name its programmatic name
 * @param title its display name
 * @param description what it holds
 * @param mimeType its MIME type
 * @param text its text, or null for binary content
 * @param blob its bytes when {@code text} is null
 */
public record StaticResource(
    String uri,
    String name,
    String title,
    String description,
    String mimeType,
    String text,
    byte[] blob) {

  /** The {@code Resource} object of {@code resources/list}. */
  public ObjectNode definition() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("uri", uri)
        .put("name", name)
        .put("title", title)
        .put("description", description)
        .put("mimeType", mimeType);
  }

  /** The entry of a {@code resources/read} result's {@code contents}. */
  public ObjectNode contents() {
    ObjectNode contents = JsonNodeFactory.instance.objectNode();
    contents.put("uri", uri).put("mimeType", mimeType);
    if (text != null) {
      contents.put("text", text);
    } else {
      contents.put("blob", Base64.getEncoder().encodeToString(blob));
    }
    return contents;
  }
}
