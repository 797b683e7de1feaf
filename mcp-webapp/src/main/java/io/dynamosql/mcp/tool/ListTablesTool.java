package io.dynamosql.mcp.tool;

import static io.dynamosql.mcp.tool.ToolSchemas.arrayOf;
import static io.dynamosql.mcp.tool.ToolSchemas.closed;
import static io.dynamosql.mcp.tool.ToolSchemas.enumOf;
import static io.dynamosql.mcp.tool.ToolSchemas.nullable;
import static io.dynamosql.mcp.tool.ToolSchemas.object;
import static io.dynamosql.mcp.tool.ToolSchemas.property;
import static io.dynamosql.mcp.tool.ToolSchemas.type;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.security.Scope;
import io.dynamosql.mcp.sql.Refresh;
import io.dynamosql.mcp.sql.SchemaReader;
import io.dynamosql.mcp.sql.TableSummary;
import io.dynamosql.mcp.tool.ToolArguments.InvalidArgumentException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code list_tables}: the tables of one schema, capped, with item counts and freshness. */
public final class ListTablesTool implements Tool {

  public static final String NAME = "list_tables";

  private final SchemaReader reader;
  private final SchemaNames schemas;
  private final int maxTables;

  public ListTablesTool(SchemaReader reader, int maxTables) {
    this.reader = reader;
    this.schemas = new SchemaNames(reader);
    this.maxTables = maxTables;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Scope> scope() {
    return Optional.of(Scope.SCHEMAS_READ);
  }

  @Override
  public ObjectNode definition() {
    ObjectNode input = closed(object());
    property(
        input, "schema_name", type("string", "Schema to list; the default schema if omitted."));
    property(input, "refresh", enumOf(Refresh.class, "Metadata freshness (default if_stale)."));
    ObjectNode table = object("name", "qualified_name", "physical_table_name");
    property(table, "name", type("string", null));
    property(table, "qualified_name", type("string", null));
    property(table, "physical_table_name", type("string", null));
    property(table, "item_count", nullable("integer", "Approximate item count."));
    property(table, "refreshed_at", nullable("string", "ISO-8601 time of the last metadata read."));
    ObjectNode output = object("schema_name", "tables", "truncated", "refreshed");
    property(output, "schema_name", type("string", null));
    property(output, "tables", arrayOf(table, null));
    property(output, "truncated", type("boolean", "True when the listing was capped."));
    property(output, "refreshed", type("boolean", "True when metadata was re-read by this call."));
    property(output, "refreshed_at", nullable("string", null));
    property(output, "stale_after_seconds", nullable("integer", null));
    return ToolSchemas.definition(
        NAME,
        "List tables",
        "Lists the tables of one schema (at most "
            + maxTables
            + ") with their DynamoDB table names and approximate item counts. Start here, then"
            + " call describe_table for the columns and keys of a table.",
        input,
        output);
  }

  @Override
  public ToolResult call(ObjectNode arguments, RequestContext context) throws Exception {
    Instant started = Instant.now();
    String schema;
    Refresh refresh;
    try {
      ToolArguments args = new ToolArguments(NAME, arguments, Set.of("schema_name", "refresh"));
      refresh = args.choice("refresh", Refresh.class, Refresh.IF_STALE);
      schema = schemas.resolve(args.optionalString("schema_name"));
    } catch (InvalidArgumentException e) {
      return ToolResult.error(e.getMessage());
    }
    List<TableSummary> all = reader.tables(schema, refresh);
    List<TableSummary> shown = all.subList(0, Math.min(all.size(), maxTables));
    Instant refreshedAt =
        all.stream()
            .map(TableSummary::refreshedAt)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("schema_name", schema);
    ArrayNode tables = result.putArray("tables");
    for (TableSummary t : shown) {
      tables
          .addObject()
          .put("name", t.name())
          .put("qualified_name", t.qualifiedName())
          .put("physical_table_name", t.physicalName())
          .put("item_count", t.itemCount())
          .put("refreshed_at", t.refreshedAt() == null ? null : t.refreshedAt().toString());
    }
    result.put("truncated", all.size() > shown.size());
    result.put("refreshed", refreshedAt != null && !refreshedAt.isBefore(started));
    result.put("refreshed_at", refreshedAt == null ? null : refreshedAt.toString());
    result.put(
        "stale_after_seconds",
        all.stream()
            .map(TableSummary::staleAfterSeconds)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null));
    return ToolResult.of(result, text(schema, all.size(), shown)).withCounts(shown.size(), null);
  }

  private String text(String schema, int total, List<TableSummary> shown) {
    StringBuilder text = new StringBuilder();
    text.append(total).append(total == 1 ? " table" : " tables").append(" in schema ");
    text.append(schema);
    if (shown.size() < total) {
      text.append(" (showing the first ").append(shown.size()).append(')');
    }
    text.append(shown.isEmpty() ? "." : ":");
    for (TableSummary t : shown) {
      text.append("\n- ").append(t.name());
      if (!t.physicalName().equals(t.name())) {
        text.append(" (DynamoDB table ").append(t.physicalName()).append(')');
      }
      if (t.itemCount() != null) {
        text.append(", ~").append(t.itemCount()).append(" items");
      }
    }
    return text.toString();
  }
}
