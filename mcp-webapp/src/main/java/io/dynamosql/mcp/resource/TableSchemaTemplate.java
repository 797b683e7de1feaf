package io.dynamosql.mcp.resource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.sql.Refresh;
import io.dynamosql.mcp.sql.SchemaReader;
import io.dynamosql.mcp.sql.TableDescription;
import io.dynamosql.mcp.tool.TableDescriptionJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dynamosql://schema/{schema_name}/{table_name}}: a table's description as JSON. */
public final class TableSchemaTemplate implements ResourceTemplate {

  public static final String TEMPLATE = "dynamosql://schema/{schema_name}/{table_name}";
  private static final Pattern URI = Pattern.compile("dynamosql://schema/([^/]+)/([^/]+)");

  private final SchemaReader reader;

  public TableSchemaTemplate(SchemaReader reader) {
    this.reader = reader;
  }

  /** Whether a URI belongs to this template (reading it needs the schema scope). */
  public static boolean matches(String uri) {
    return URI.matcher(uri).matches();
  }

  @Override
  public ObjectNode definition() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("uriTemplate", TEMPLATE)
        .put("name", "table-schema")
        .put("title", "Table schema")
        .put(
            "description",
            "The columns, keys, indexes and DynamoDB attribute types of one table (the same JSON"
                + " as describe_table).")
        .put("mimeType", "application/json");
  }

  @Override
  public Optional<ObjectNode> read(String uri, Caller caller) throws Exception {
    Matcher match = URI.matcher(uri);
    if (!match.matches()) {
      return Optional.empty();
    }
    String schema = URLDecoder.decode(match.group(1), StandardCharsets.UTF_8);
    String table = URLDecoder.decode(match.group(2), StandardCharsets.UTF_8);
    if (!reader.schemas().contains(schema)) {
      return Optional.empty();
    }
    Instant started = Instant.now();
    Optional<TableDescription> description = reader.describe(schema, table, Refresh.IF_STALE);
    return description.map(
        d ->
            JsonNodeFactory.instance
                .objectNode()
                .put("uri", uri)
                .put("mimeType", "application/json")
                .put("text", TableDescriptionJson.of(d, started).toString()));
  }
}
