package io.dynamosql.jdbc.meta;

import static io.dynamosql.jdbc.meta.MetaRow.row;

import io.dynamosql.jdbc.schema.Catalog;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.IndexSchema;
import io.dynamosql.jdbc.schema.IndexType;
import io.dynamosql.jdbc.schema.RefreshMode;
import io.dynamosql.jdbc.schema.TableKind;
import io.dynamosql.jdbc.schema.TableSchema;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The metadata results answered from the {@link Catalog}: catalogs, schemas, tables, columns,
 * primary keys, indexes and best row identifiers, with the patterns and orderings JDBC prescribes.
 * How fresh the answers are is the connection's refresh mode.
 */
final class CatalogResults {

  private final Catalog catalog;
  private final Supplier<RefreshMode> refresh;

  CatalogResults(Catalog catalog, Supplier<RefreshMode> refresh) {
    this.catalog = catalog;
    this.refresh = refresh;
  }

  ResultSet catalogs() {
    return MetaResult.CATALOGS.of(List.of(row().with("TABLE_CAT", catalog.catalogName()).values()));
  }

  ResultSet schemas(String catalogName, String schemaPattern) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (catalogMatches(catalogName)) {
      NamePattern pattern = NamePattern.of(schemaPattern);
      for (String schema : catalog.schemaNames()) {
        if (pattern.matches(schema)) {
          rows.add(
              row()
                  .with("TABLE_SCHEM", schema)
                  .with("TABLE_CATALOG", catalog.catalogName())
                  .values());
        }
      }
    }
    return MetaResult.SCHEMAS.of(rows);
  }

  ResultSet tables(String catalogName, String schemaPattern, String tablePattern, String[] types)
      throws SQLException {
    Set<String> wanted =
        types == null
            ? Set.of(TableKind.TABLE.name(), TableKind.VIEW.name())
            : Arrays.stream(types)
                .filter(t -> t != null)
                .map(t -> t.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TableSchema table : tables(catalogName, schemaPattern, tablePattern)) {
      if (!wanted.contains(table.kind().name())) {
        continue;
      }
      rows.add(
          row()
              .with("TABLE_CAT", catalog.catalogName())
              .with("TABLE_SCHEM", table.schemaName())
              .with("TABLE_NAME", table.name())
              .with("TABLE_TYPE", table.kind().name())
              .with("REMARKS", TableRemarks.of(table))
              .with("PHYSICAL_TABLE_NAME", table.physicalTableName())
              .with(
                  "ITEM_COUNT",
                  table.itemCount().isPresent() ? table.itemCount().getAsLong() : null)
              .with("REFRESHED_AT", table.refreshedAt())
              .with("STALE_AFTER_SECONDS", catalog.staleAfter().toSeconds())
              .with("TABLE_STATUS", table.status())
              .with("SORT_KEY_PREFIX", table.sortKeyPrefix().orElse(null))
              .values());
    }
    // JDBC order: TABLE_TYPE, TABLE_CAT, TABLE_SCHEM, TABLE_NAME.
    rows.sort(
        Comparator.comparing((Map<String, Object> r) -> (String) r.get("TABLE_TYPE"))
            .thenComparing(r -> (String) r.get("TABLE_SCHEM"))
            .thenComparing(r -> (String) r.get("TABLE_NAME")));
    return MetaResult.TABLES.of(rows);
  }

  ResultSet columns(
      String catalogName, String schemaPattern, String tablePattern, String columnPattern)
      throws SQLException {
    NamePattern columnNames = NamePattern.of(columnPattern);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TableSchema table : tables(catalogName, schemaPattern, tablePattern)) {
      for (ColumnSchema column : table.columns()) {
        if (columnNames.matches(column.name())) {
          rows.add(column(table, column));
        }
      }
    }
    return MetaResult.COLUMNS.of(rows);
  }

  private Map<String, Object> column(TableSchema table, ColumnSchema column) {
    SqlType type = column.type();
    boolean textual = type == SqlType.VARCHAR || type == SqlType.VARBINARY;
    return row()
        .with("TABLE_CAT", catalog.catalogName())
        .with("TABLE_SCHEM", table.schemaName())
        .with("TABLE_NAME", table.name())
        .with("COLUMN_NAME", column.name())
        .with("DATA_TYPE", (long) type.jdbcType())
        .with("TYPE_NAME", type.typeName())
        .with("COLUMN_SIZE", (long) type.precision())
        .with("DECIMAL_DIGITS", type.decimalDigits() == null ? null : (long) type.decimalDigits())
        .with("NUM_PREC_RADIX", type.radix() == null ? null : (long) type.radix())
        .with(
            "NULLABLE",
            (long)
                (column.nullable()
                    ? DatabaseMetaData.columnNullable
                    : DatabaseMetaData.columnNoNulls))
        .with("REMARKS", column.remarks())
        .with("CHAR_OCTET_LENGTH", textual ? (long) type.precision() : null)
        .with("ORDINAL_POSITION", (long) column.ordinal())
        .with("IS_NULLABLE", column.nullable() ? "YES" : "NO")
        .with("IS_AUTOINCREMENT", "NO")
        .with("IS_GENERATEDCOLUMN", "NO")
        .with("DYNAMODB_TYPE", column.dynamoType())
        .with("KEY_ROLE", column.keyRole().name())
        .with(
            "ATTRIBUTE_PATH", column.isCatchAll() ? null : String.join(".", column.attributePath()))
        .values();
  }

  ResultSet primaryKeys(String catalogName, String schema, String tableName) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TableSchema table : exact(catalogName, schema, tableName)) {
      List<String> keys = keyColumns(table.primaryKey());
      for (int i = 0; i < keys.size(); i++) {
        rows.add(
            row()
                .with("TABLE_CAT", catalog.catalogName())
                .with("TABLE_SCHEM", table.schemaName())
                .with("TABLE_NAME", table.name())
                .with("COLUMN_NAME", keys.get(i))
                .with("KEY_SEQ", (long) i + 1)
                .with("PK_NAME", IndexSchema.PRIMARY)
                .values());
      }
    }
    // JDBC order: COLUMN_NAME.
    rows.sort(Comparator.comparing(r -> (String) r.get("COLUMN_NAME")));
    return MetaResult.PRIMARY_KEYS.of(rows);
  }

  /**
   * One row per key column of the primary key (unique) and of every GSI and LSI (not unique:
   * several items may share an index key), with what DynamoDB says about each index.
   */
  ResultSet indexes(String catalogName, String schema, String tableName, boolean unique)
      throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TableSchema table : exact(catalogName, schema, tableName)) {
      for (IndexSchema index : table.indexes()) {
        boolean primary = index.type() == IndexType.PRIMARY;
        if (unique && !primary) {
          continue;
        }
        List<String> keys = keyColumns(index);
        for (int i = 0; i < keys.size(); i++) {
          String key = keys.get(i);
          boolean sortKey = i == 1;
          rows.add(
              row()
                  .with("TABLE_CAT", catalog.catalogName())
                  .with("TABLE_SCHEM", table.schemaName())
                  .with("TABLE_NAME", table.name())
                  .with("NON_UNIQUE", !primary)
                  .with("INDEX_QUALIFIER", catalog.catalogName())
                  .with("INDEX_NAME", index.name())
                  .with("TYPE", (long) DatabaseMetaData.tableIndexOther)
                  .with("ORDINAL_POSITION", (long) i + 1)
                  .with("COLUMN_NAME", key)
                  .with("ASC_OR_DESC", sortKey ? "A" : null)
                  .with(
                      "CARDINALITY",
                      primary && table.itemCount().isPresent()
                          ? table.itemCount().getAsLong()
                          : null)
                  .with("INDEX_TYPE", index.type().name())
                  .with("PROJECTION", index.projection())
                  .with(
                      "PROJECTED_ATTRIBUTES",
                      index.projectedAttributes().isEmpty()
                          ? null
                          : String.join(",", index.projectedAttributes()))
                  .with("KEY_ROLE", sortKey ? "SORT_KEY" : "PARTITION_KEY")
                  .with("KEY_TYPE", table.column(key).map(ColumnSchema::dynamoType).orElse(null))
                  .values());
        }
      }
    }
    // JDBC order: NON_UNIQUE, TYPE, INDEX_NAME, ORDINAL_POSITION.
    rows.sort(
        Comparator.comparing((Map<String, Object> r) -> (Boolean) r.get("NON_UNIQUE"))
            .thenComparing(r -> (String) r.get("INDEX_NAME"))
            .thenComparing(r -> (Long) r.get("ORDINAL_POSITION")));
    return MetaResult.INDEX_INFO.of(rows);
  }

  /** The primary key identifies an item for as long as the session lasts (it never changes). */
  ResultSet bestRowIdentifier(String catalogName, String schema, String tableName, int scope)
      throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TableSchema table : exact(catalogName, schema, tableName)) {
      for (String key : keyColumns(table.primaryKey())) {
        Optional<ColumnSchema> column = table.column(key);
        SqlType type = column.map(ColumnSchema::type).orElse(SqlType.VARCHAR);
        rows.add(
            row()
                .with("SCOPE", (long) DatabaseMetaData.bestRowSession)
                .with("COLUMN_NAME", key)
                .with("DATA_TYPE", (long) type.jdbcType())
                .with("TYPE_NAME", type.typeName())
                .with("COLUMN_SIZE", (long) type.precision())
                .with(
                    "DECIMAL_DIGITS",
                    type.decimalDigits() == null ? null : (long) type.decimalDigits())
                .with("PSEUDO_COLUMN", (long) DatabaseMetaData.bestRowNotPseudo)
                .values());
      }
    }
    return MetaResult.BEST_ROW_IDENTIFIER.of(rows);
  }

  private static List<String> keyColumns(IndexSchema index) {
    List<String> keys = new ArrayList<>();
    keys.add(index.partitionKey());
    index.sortKey().ifPresent(keys::add);
    return keys;
  }

  /** Whether a catalog argument selects this catalog: null means any, "" means none. */
  private boolean catalogMatches(String catalogName) {
    return catalogName == null || catalogName.equals(catalog.catalogName());
  }

  private List<TableSchema> tables(String catalogName, String schemaPattern, String tablePattern)
      throws SQLException {
    List<TableSchema> found = new ArrayList<>();
    if (!catalogMatches(catalogName)) {
      return found;
    }
    NamePattern schemas = NamePattern.of(schemaPattern);
    NamePattern tables = NamePattern.of(tablePattern);
    Optional<String> oneTable = NamePattern.literal(tablePattern);
    for (String schema : catalog.schemaNames()) {
      if (!schemas.matches(schema)) {
        continue;
      }
      if (oneTable.isPresent()) {
        // One name: a FORCE refresh re-reads that table, not the whole schema.
        named(schema, oneTable.get(), Set.of(oneTable.get())).ifPresent(found::add);
        continue;
      }
      for (TableSchema table : catalog.tables(schema, refresh.get())) {
        if (tables.matches(table.name())) {
          found.add(table);
        }
      }
    }
    return found;
  }

  /**
   * The table named exactly (these methods take names, not patterns; a null schema means any
   * schema). A name that arrives escaped as for a pattern ({@code app\_data}), as some clients send
   * it, is taken without its escapes.
   */
  private List<TableSchema> exact(String catalogName, String schema, String tableName)
      throws SQLException {
    List<TableSchema> found = new ArrayList<>();
    if (!catalogMatches(catalogName) || tableName == null) {
      return found;
    }
    Set<String> tableNames = new HashSet<>(List.of(tableName, NamePattern.unescape(tableName)));
    for (String name : catalog.schemaNames()) {
      if (schema == null || schema.equals(name) || NamePattern.unescape(schema).equals(name)) {
        catalog
            .table(name, NamePattern.unescape(tableName), refresh.get())
            .filter(t -> tableNames.contains(t.name()))
            .ifPresent(found::add);
      }
    }
    return found;
  }

  /** The table of this name, if its SQL name is one of {@code accepted} (no case folding here). */
  private Optional<TableSchema> named(String schema, String name, Set<String> accepted)
      throws SQLException {
    return catalog.table(schema, name, refresh.get()).filter(t -> accepted.contains(t.name()));
  }
}
