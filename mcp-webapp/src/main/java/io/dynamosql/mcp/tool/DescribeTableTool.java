package io.dynamosql.mcp.tool;

import static io.dynamosql.mcp.tool.ToolSchemas.arrayOf;
import static io.dynamosql.mcp.tool.ToolSchemas.closed;
import static io.dynamosql.mcp.tool.ToolSchemas.enumOf;
import static io.dynamosql.mcp.tool.ToolSchemas.nullable;
import static io.dynamosql.mcp.tool.ToolSchemas.object;
import static io.dynamosql.mcp.tool.ToolSchemas.property;
import static io.dynamosql.mcp.tool.ToolSchemas.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.security.Scope;
import io.dynamosql.mcp.sql.ClosestNames;
import io.dynamosql.mcp.sql.Refresh;
import io.dynamosql.mcp.sql.SchemaReader;
import io.dynamosql.mcp.sql.TableDescription;
import io.dynamosql.mcp.sql.TableSummary;
import io.dynamosql.mcp.tool.ToolArguments.InvalidArgumentException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code describe_table}: columns, keys, indexes and attribute types of one table. */
public final class DescribeTableTool implements Tool {

  public static final String NAME = "describe_table";

  private final SchemaReader reader;
  private final SchemaNames schemas;

  public DescribeTableTool(SchemaReader reader) {
    this.reader = reader;
    this.schemas = new SchemaNames(reader);
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
    ObjectNode input = closed(object("table_name"));
    property(input, "table_name", type("string", "Table to describe."));
    property(input, "schema_name", type("string", "Its schema; the default schema if omitted."));
    property(input, "refresh", enumOf(Refresh.class, "Metadata freshness (default if_stale)."));
    ObjectNode column = object("name", "type", "nullable");
    property(column, "name", type("string", null));
    property(column, "type", type("string", "SQL type."));
    property(column, "nullable", type("boolean", null));
    property(column, "dynamodb_type", nullable("string", "DynamoDB attribute type(s)."));
    property(column, "key_role", nullable("string", "PARTITION_KEY, SORT_KEY or NONE."));
    ObjectNode index = object("name", "type", "hashKey");
    property(index, "name", type("string", null));
    property(index, "type", type("string", "PRIMARY, GSI or LSI."));
    property(index, "hashKey", type("string", null));
    property(index, "hashKeyType", nullable("string", null));
    property(index, "sortKey", type("string", null));
    property(index, "sortKeyType", nullable("string", null));
    property(index, "projection", nullable("string", "ALL, KEYS_ONLY or INCLUDE."));
    ObjectNode output =
        object("schema_name", "table_name", "qualified_name", "columns", "indexes", "refreshed");
    property(output, "schema_name", type("string", null));
    property(output, "table_name", type("string", null));
    property(output, "qualified_name", type("string", null));
    property(output, "physical_table_name", type("string", null));
    property(output, "item_count", nullable("integer", null));
    property(output, "refreshed", type("boolean", null));
    property(output, "refreshed_at", nullable("string", null));
    property(output, "stale_after_seconds", nullable("integer", null));
    property(output, "columns", arrayOf(column, null));
    property(output, "indexes", arrayOf(index, null));
    property(
        output,
        "attribute_types",
        type("object", "Attribute name to DynamoDB type.")
            .set("additionalProperties", type("string", null)));
    return ToolSchemas.definition(
        NAME,
        "Describe table",
        "Describes one table: its columns with SQL and DynamoDB types, its partition and sort keys,"
            + " and its secondary indexes. Queries that constrain a key read far fewer items.",
        input,
        output);
  }

  @Override
  public ToolResult call(ObjectNode arguments, RequestContext context) throws Exception {
    Instant started = Instant.now();
    String schema;
    String table;
    Refresh refresh;
    try {
      ToolArguments args =
          new ToolArguments(NAME, arguments, Set.of("table_name", "schema_name", "refresh"));
      table = args.requiredString("table_name");
      refresh = args.choice("refresh", Refresh.class, Refresh.IF_STALE);
      schema = schemas.resolve(args.optionalString("schema_name"));
    } catch (InvalidArgumentException e) {
      return ToolResult.error(e.getMessage());
    }
    Optional<TableDescription> description = reader.describe(schema, table, refresh);
    if (description.isEmpty()) {
      return ToolResult.error(unknownTable(schema, table, refresh));
    }
    ObjectNode result = TableDescriptionJson.of(description.get(), started);
    return ToolResult.of(result, TableDescriptionJson.text(description.get()));
  }

  private String unknownTable(String schema, String table, Refresh refresh) throws Exception {
    List<String> names = reader.tables(schema, refresh).stream().map(TableSummary::name).toList();
    List<String> close = ClosestNames.to(table, names, 3);
    return "Table '"
        + table
        + "' does not exist in schema '"
        + schema
        + "'."
        + (close.isEmpty() ? "" : " Did you mean: " + String.join(", ", close) + "?")
        + " Call list_tables to see every table of the schema.";
  }
}
