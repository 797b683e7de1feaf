package io.dynamosql.jdbc.differential;

import io.dynamosql.fixture.DemoDataset;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * The reference engine: an in-memory DuckDB holding the demo items as relational tables, with
 * explicit DDL whose columns are the driver's own columns (names and order from {@code getColumns};
 * types inferred from the items as the driver infers them). A column whose name is a dotted path of
 * nested attributes holds the nested value.
 */
final class DuckDbOracle implements AutoCloseable {

  private final Connection connection;

  private DuckDbOracle(Connection connection) {
    this.connection = connection;
  }

  /**
   * Loads every demo table, naming columns as {@code driver} reports them, into the schema the
   * driver puts them in (that schema is also the default, so unqualified names resolve alike).
   */
  static DuckDbOracle load(DemoDataset dataset, Connection driver) throws SQLException {
    Connection duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duck.createStatement()) {
      String schema = null;
      for (CreateTableRequest definition : DemoDataset.tableDefinitions()) {
        String table = definition.tableName();
        DriverColumns columns = DriverColumns.read(driver.getMetaData(), table);
        if (schema == null) {
          schema = columns.schema();
          statement.execute("CREATE SCHEMA " + OracleIdentifiers.quote(schema));
          statement.execute("USE memory." + OracleIdentifiers.quote(schema));
        }
        List<Map<String, AttributeValue>> items = dataset.items(table);
        List<String> names =
            columns.names().isEmpty() ? attributeNames(definition, items) : columns.names();
        Map<String, OracleType> types = new LinkedHashMap<>();
        for (String name : names) {
          types.put(name, OracleTypeInference.infer(values(items, name)));
        }
        statement.execute(createTable(table, types));
        statement.execute(insert(table, types, items));
      }
    } catch (SQLException | RuntimeException e) {
      duck.close();
      throw e;
    }
    return new DuckDbOracle(duck);
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private static String createTable(String table, Map<String, OracleType> types) {
    return types.entrySet().stream()
        .map(c -> OracleIdentifiers.quote(c.getKey()) + " " + c.getValue().ddl())
        .collect(
            Collectors.joining(", ", "CREATE TABLE " + OracleIdentifiers.quote(table) + " (", ")"));
  }

  private static String insert(
      String table, Map<String, OracleType> types, List<Map<String, AttributeValue>> items) {
    List<String> rows = new ArrayList<>();
    for (Map<String, AttributeValue> item : items) {
      rows.add(
          types.entrySet().stream()
              .map(c -> OracleLiteral.of(value(item, c.getKey()).orElse(null), c.getValue()))
              .collect(Collectors.joining(", ", "(", ")")));
    }
    return "INSERT INTO " + OracleIdentifiers.quote(table) + " VALUES " + String.join(",\n", rows);
  }

  /** Without the driver's metadata: key attributes first, then the others by name. */
  private static List<String> attributeNames(
      CreateTableRequest definition, List<Map<String, AttributeValue>> items) {
    List<String> names =
        new ArrayList<>(
            definition.keySchema().stream().map(KeySchemaElement::attributeName).toList());
    TreeSet<String> others = new TreeSet<>();
    items.forEach(item -> others.addAll(item.keySet()));
    others.removeAll(names);
    names.addAll(others);
    return names;
  }

  private static List<AttributeValue> values(List<Map<String, AttributeValue>> items, String name) {
    return items.stream().map(item -> value(item, name)).flatMap(Optional::stream).toList();
  }

  /** The attribute a column reads: a top-level attribute, else a dotted path into maps. */
  private static Optional<AttributeValue> value(Map<String, AttributeValue> item, String column) {
    if (item.containsKey(column)) {
      return Optional.ofNullable(item.get(column));
    }
    AttributeValue current = null;
    Map<String, AttributeValue> level = item;
    for (String step : column.split("\\.")) {
      if (level == null) {
        return Optional.empty();
      }
      current = level.get(step);
      level = current != null && current.hasM() ? current.m() : null;
    }
    return Optional.ofNullable(current);
  }

  /** The columns the driver reports for one table, in ordinal order. */
  private record DriverColumns(String schema, List<String> names) {

    static DriverColumns read(DatabaseMetaData metaData, String table) throws SQLException {
      String schema = "dynamodb";
      List<String> names = new ArrayList<>();
      try (ResultSet columns = metaData.getColumns(null, null, table, "%")) {
        while (columns.next()) {
          if (!table.equals(columns.getString("TABLE_NAME"))) {
            continue; // '_' in a name is a pattern wildcard
          }
          schema = columns.getString("TABLE_SCHEM");
          names.add(columns.getString("COLUMN_NAME"));
        }
      } catch (java.sql.SQLFeatureNotSupportedException e) {
        // Metadata not there yet: the caller falls back to the items' attribute names.
      }
      return new DriverColumns(schema, names);
    }
  }
}
