package io.dynamosql.mcp.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Reads schemas, tables and table descriptions from {@link DatabaseMetaData}: the only source of
 * schema facts the MCP server uses.
 */
public final class SchemaReader {

  private static final String[] TABLE_TYPES = {"TABLE", "VIEW"};

  private final DataSource dataSource;

  public SchemaReader(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The schema unqualified names resolve in: the connection's current schema. */
  public String defaultSchema() throws SQLException {
    try (Connection connection = DataSourceConnections.open(dataSource)) {
      return connection.getSchema();
    }
  }

  /** Every schema name, sorted. */
  public List<String> schemas() throws SQLException {
    try (Connection connection = DataSourceConnections.open(dataSource);
        ResultSet rows = connection.getMetaData().getSchemas()) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString("TABLE_SCHEM"));
      }
      names.sort(Comparator.naturalOrder());
      return names;
    }
  }

  /** The tables of a schema, sorted by name. */
  public List<TableSummary> tables(String schema, Refresh refresh) throws SQLException {
    try (Connection connection = DataSourceConnections.open(dataSource)) {
      apply(connection, refresh);
      return tables(connection.getMetaData(), schema, "%");
    }
  }

  /**
   * One table with its columns and indexes. The name matches exactly, else case-insensitively when
   * only one table matches that way.
   */
  public Optional<TableDescription> describe(String schema, String tableName, Refresh refresh)
      throws SQLException {
    try (Connection connection = DataSourceConnections.open(dataSource)) {
      apply(connection, refresh);
      DatabaseMetaData meta = connection.getMetaData();
      Optional<TableSummary> table = resolve(tables(meta, schema, "%"), tableName);
      if (table.isEmpty()) {
        return Optional.empty();
      }
      String exact = escape(meta, table.get().name());
      List<ColumnInfo> columns = columns(meta, schema, exact);
      return Optional.of(
          new TableDescription(table.get(), columns, indexes(meta, schema, exact, columns)));
    }
  }

  /**
   * Tells the driver how fresh this connection's metadata answers must be, through the client-info
   * property the DynamoSQL driver reads. A driver that does not know the property answers from
   * whatever it has, which is what {@link Refresh#IF_STALE} asks for anyway.
   */
  private static void apply(Connection connection, Refresh refresh) {
    try {
      connection.setClientInfo(REFRESH_CLIENT_INFO, refresh.name());
    } catch (SQLClientInfoException e) {
      // A driver without metadata caching has nothing to refresh.
    }
  }

  /** The client-info property that carries the refresh mode to the driver. */
  static final String REFRESH_CLIENT_INFO = "MetadataRefresh";

  static Optional<TableSummary> resolve(List<TableSummary> tables, String name) {
    Optional<TableSummary> exact = tables.stream().filter(t -> t.name().equals(name)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    List<TableSummary> folded =
        tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).limit(2).toList();
    return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
  }

  private static List<TableSummary> tables(DatabaseMetaData meta, String schema, String pattern)
      throws SQLException {
    List<TableSummary> tables = new ArrayList<>();
    try (ResultSet rows = meta.getTables(null, escape(meta, schema), pattern, TABLE_TYPES)) {
      OptionalColumns extra = new OptionalColumns(rows);
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME");
        String physical = extra.string(DriverMetadataColumns.PHYSICAL_TABLE_NAME);
        tables.add(
            new TableSummary(
                rows.getString("TABLE_SCHEM"),
                name,
                physical == null ? name : physical,
                extra.number(DriverMetadataColumns.ITEM_COUNT),
                extra.instant(DriverMetadataColumns.REFRESHED_AT),
                extra.number(DriverMetadataColumns.STALE_AFTER_SECONDS)));
      }
    }
    tables.sort(Comparator.comparing(TableSummary::name));
    return tables;
  }

  private static List<ColumnInfo> columns(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    List<ColumnInfo> columns = new ArrayList<>();
    try (ResultSet rows = meta.getColumns(null, escape(meta, schema), table, "%")) {
      OptionalColumns extra = new OptionalColumns(rows);
      while (rows.next()) {
        columns.add(
            new ColumnInfo(
                rows.getString("COLUMN_NAME"),
                rows.getString("TYPE_NAME"),
                rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                extra.string(DriverMetadataColumns.DYNAMODB_TYPE),
                extra.string(DriverMetadataColumns.KEY_ROLE)));
      }
    }
    return columns;
  }

  private static List<IndexInfo> indexes(
      DatabaseMetaData meta, String schema, String table, List<ColumnInfo> columns)
      throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    columns.forEach(
        c -> types.put(c.name(), c.dynamodbType() != null ? c.dynamodbType() : c.type()));
    List<IndexInfo> indexes = new ArrayList<>();
    SortedMap<Short, String> keyColumns = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, escape(meta, schema), table)) {
      while (rows.next()) {
        keyColumns.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    List<String> primaryKey = List.copyOf(keyColumns.values());
    if (!primaryKey.isEmpty()) {
      indexes.add(index("PRIMARY", "PRIMARY", primaryKey, types, "ALL"));
    }
    Map<String, IndexRows> byName = new LinkedHashMap<>();
    try (ResultSet rows = meta.getIndexInfo(null, escape(meta, schema), table, false, true)) {
      OptionalColumns extra = new OptionalColumns(rows);
      while (rows.next()) {
        String name = rows.getString("INDEX_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (name == null || column == null) {
          continue; // a tableIndexStatistic row describes the table, not an index
        }
        IndexRows index = byName.get(name);
        if (index == null) {
          index =
              new IndexRows(
                  extra.string(DriverMetadataColumns.INDEX_TYPE),
                  extra.string(DriverMetadataColumns.PROJECTION),
                  rows.getBoolean("NON_UNIQUE"),
                  new ArrayList<>());
          byName.put(name, index);
        }
        index.columns().add(column);
      }
    }
    byName.entrySet().stream()
        .filter(e -> !e.getValue().isPrimaryKey(primaryKey))
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                indexes.add(
                    index(
                        e.getKey(),
                        e.getValue().type() == null ? "INDEX" : e.getValue().type(),
                        e.getValue().columns(),
                        types,
                        e.getValue().projection())));
    return indexes;
  }

  /** The getIndexInfo rows of one index, key columns in ORDINAL_POSITION order. */
  private record IndexRows(
      String type, String projection, boolean nonUnique, List<String> columns) {

    /** The table's own key, which getPrimaryKeys already described. */
    boolean isPrimaryKey(List<String> primaryKey) {
      return "PRIMARY".equals(type) || (type == null && !nonUnique && columns.equals(primaryKey));
    }
  }

  private static IndexInfo index(
      String name, String type, List<String> keys, Map<String, String> types, String projection) {
    String hash = keys.get(0);
    String sort = keys.size() > 1 ? keys.get(1) : null;
    return new IndexInfo(
        name, type, hash, types.get(hash), sort, sort == null ? null : types.get(sort), projection);
  }

  /**
   * Escapes a name for a metadata pattern argument, where {@code _} and {@code %} are wildcards.
   */
  private static String escape(DatabaseMetaData meta, String name) throws SQLException {
    if (name == null) {
      return null;
    }
    String escape = meta.getSearchStringEscape();
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape)
        .replace("_", escape + "_")
        .replace("%", escape + "%");
  }
}
