package io.dynamosql.mcp.prompt;

import io.dynamosql.mcp.sql.Refresh;
import io.dynamosql.mcp.sql.SchemaReader;
import io.dynamosql.mcp.sql.TableSummary;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Completes schema and table names from {@code DatabaseMetaData}. */
public final class NameCompletions {

  private final SchemaReader reader;

  public NameCompletions(SchemaReader reader) {
    this.reader = reader;
  }

  public List<String> schemas(String prefix) throws SQLException {
    return startingWith(reader.schemas(), prefix);
  }

  /** Table names of a schema (the default schema when null) that start with the prefix. */
  public List<String> tables(String schema, String prefix) throws SQLException {
    String resolved = schema == null || schema.isBlank() ? reader.defaultSchema() : schema;
    if (!reader.schemas().contains(resolved)) {
      return List.of();
    }
    return startingWith(
        reader.tables(resolved, Refresh.SKIP).stream().map(TableSummary::name).toList(), prefix);
  }

  private static List<String> startingWith(List<String> names, String prefix) {
    String folded = prefix.toLowerCase(Locale.ROOT);
    return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(folded)).toList();
  }
}
