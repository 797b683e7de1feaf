package io.dynamosql.mcp.tool;

import io.dynamosql.mcp.sql.ClosestNames;
import io.dynamosql.mcp.sql.SchemaReader;
import io.dynamosql.mcp.tool.ToolArguments.InvalidArgumentException;
import java.sql.SQLException;
import java.util.List;

/** Resolves the {@code schema_name} argument: the default schema when absent, else a known one. */
final class SchemaNames {

  private final SchemaReader reader;

  SchemaNames(SchemaReader reader) {
    this.reader = reader;
  }

  String resolve(String requested) throws SQLException, InvalidArgumentException {
    if (requested == null) {
      return reader.defaultSchema();
    }
    List<String> schemas = reader.schemas();
    if (schemas.contains(requested)) {
      return requested;
    }
    List<String> folded = schemas.stream().filter(s -> s.equalsIgnoreCase(requested)).toList();
    if (folded.size() == 1) {
      return folded.get(0);
    }
    List<String> close = ClosestNames.to(requested, schemas, 3);
    throw new InvalidArgumentException(
        "Schema '"
            + requested
            + "' does not exist."
            + (close.isEmpty() ? "" : " Did you mean: " + String.join(", ", close) + "?")
            + " Known schemas: "
            + String.join(", ", schemas)
            + ".");
  }
}
