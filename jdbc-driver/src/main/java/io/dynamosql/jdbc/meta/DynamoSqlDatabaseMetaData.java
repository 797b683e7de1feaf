package io.dynamosql.jdbc.meta;

import static io.dynamosql.jdbc.meta.MetaRow.row;

import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.schema.Catalog;
import io.dynamosql.jdbc.schema.RefreshMode;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The driver's {@link DatabaseMetaData}: what the dialect can do ({@link DialectCapabilities}) and
 * what the {@link Catalog} holds ({@link CatalogResults}). Every result set has every column the
 * JDBC specification lists, in its order, plus DynamoDB's facts in extra columns after them (see
 * {@code package-info}). What DynamoDB does not have (procedures, user-defined types, foreign keys,
 * privileges, pseudo columns, version columns) is an empty result set, never an exception: tools
 * such as DBeaver turn any other SQLException into an error dialog.
 */
public final class DynamoSqlDatabaseMetaData extends DialectCapabilities {

  private final Connection connection;
  private final DriverConfig config;
  private final String url;
  private final Map<String, String> clientInfo;
  private final CatalogResults catalog;

  /**
   * @param clientInfo the client-info properties the connection knows, name to description
   * @param refresh how fresh answers must be, asked at each call (the connection's client info)
   */
  public DynamoSqlDatabaseMetaData(
      Connection connection,
      Catalog catalog,
      DriverConfig config,
      String url,
      Map<String, String> clientInfo,
      Supplier<RefreshMode> refresh) {
    this.connection = connection;
    this.config = config;
    this.url = url;
    this.clientInfo = new TreeMap<>(clientInfo);
    this.catalog = new CatalogResults(catalog, refresh);
  }

  private void checkOpen() throws SQLException {
    if (connection.isClosed()) {
      throw SqlState.OBJECT_CLOSED.exception("The connection of this metadata is closed");
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    checkOpen();
    return connection;
  }

  /** The URL the connection was made with; it never holds more than the user gave it. */
  @Override
  public String getURL() {
    return url;
  }

  /** The access key id of static credentials, the profile name, or empty for the default chain. */
  @Override
  public String getUserName() {
    return config.user().or(config::profile).orElse("");
  }

  // ---- the catalog

  @Override
  public ResultSet getCatalogs() throws SQLException {
    checkOpen();
    return catalog.catalogs();
  }

  @Override
  public ResultSet getSchemas() throws SQLException {
    return getSchemas(null, null);
  }

  @Override
  public ResultSet getSchemas(String catalogName, String schemaPattern) throws SQLException {
    checkOpen();
    return catalog.schemas(catalogName, schemaPattern);
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    checkOpen();
    return MetaResult.TABLE_TYPES.of(
        List.of(
            row().with("TABLE_TYPE", "TABLE").values(), row().with("TABLE_TYPE", "VIEW").values()));
  }

  @Override
  public ResultSet getTables(
      String catalogName, String schemaPattern, String tablePattern, String[] types)
      throws SQLException {
    checkOpen();
    return catalog.tables(catalogName, schemaPattern, tablePattern, types);
  }

  @Override
  public ResultSet getColumns(
      String catalogName, String schemaPattern, String tablePattern, String columnPattern)
      throws SQLException {
    checkOpen();
    return catalog.columns(catalogName, schemaPattern, tablePattern, columnPattern);
  }

  @Override
  public ResultSet getPrimaryKeys(String catalogName, String schema, String table)
      throws SQLException {
    checkOpen();
    return catalog.primaryKeys(catalogName, schema, table);
  }

  /**
   * The primary key ({@code NON_UNIQUE} false) and every GSI and LSI, one row per key column; the
   * extra columns {@code INDEX_TYPE}, {@code PROJECTION}, {@code PROJECTED_ATTRIBUTES}, {@code
   * KEY_ROLE} and {@code KEY_TYPE} say what DynamoDB knows about each. {@code approximate} changes
   * nothing: no statistics row is produced.
   */
  @Override
  public ResultSet getIndexInfo(
      String catalogName, String schema, String table, boolean unique, boolean approximate)
      throws SQLException {
    checkOpen();
    return catalog.indexes(catalogName, schema, table, unique);
  }

  @Override
  public ResultSet getBestRowIdentifier(
      String catalogName, String schema, String table, int scope, boolean nullable)
      throws SQLException {
    checkOpen();
    return catalog.bestRowIdentifier(catalogName, schema, table, scope);
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    checkOpen();
    return TypeInfo.result();
  }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    checkOpen();
    List<Map<String, Object>> rows = new ArrayList<>();
    clientInfo.forEach(
        (name, description) ->
            rows.add(
                row()
                    .with("NAME", name)
                    .with("MAX_LEN", 4096L)
                    .with("DESCRIPTION", description)
                    .values()));
    return MetaResult.CLIENT_INFO_PROPERTIES.of(rows);
  }

  /**
   * The built-in functions of the dialect (no catalog, no schema: they belong to the engine), as
   * their name pattern selects them; a schema pattern other than null selects none.
   */
  @Override
  public ResultSet getFunctions(String catalogName, String schemaPattern, String functionPattern)
      throws SQLException {
    checkOpen();
    List<Map<String, Object>> rows = new ArrayList<>();
    if (catalogName == null && schemaPattern == null) {
      NamePattern names = NamePattern.of(functionPattern);
      for (BuiltInFunction function : BuiltInFunction.all()) {
        if (names.matches(function.name())) {
          rows.add(
              row()
                  .with("FUNCTION_NAME", function.name())
                  .with("REMARKS", function.remarks())
                  .with("FUNCTION_TYPE", (long) DatabaseMetaData.functionNoTable)
                  .with("SPECIFIC_NAME", function.name())
                  .values());
        }
      }
    }
    rows.sort(Comparator.comparing(r -> (String) r.get("FUNCTION_NAME")));
    return MetaResult.FUNCTIONS.of(rows);
  }

  // ---- what DynamoDB does not have: empty results with every spec column

  @Override
  public ResultSet getFunctionColumns(
      String catalogName, String schemaPattern, String functionPattern, String columnPattern)
      throws SQLException {
    return empty(MetaResult.FUNCTION_COLUMNS);
  }

  @Override
  public ResultSet getProcedures(String catalogName, String schemaPattern, String procedurePattern)
      throws SQLException {
    return empty(MetaResult.PROCEDURES);
  }

  @Override
  public ResultSet getProcedureColumns(
      String catalogName, String schemaPattern, String procedurePattern, String columnPattern)
      throws SQLException {
    return empty(MetaResult.PROCEDURE_COLUMNS);
  }

  @Override
  public ResultSet getUDTs(
      String catalogName, String schemaPattern, String typeNamePattern, int[] types)
      throws SQLException {
    return empty(MetaResult.UDTS);
  }

  @Override
  public ResultSet getAttributes(
      String catalogName, String schemaPattern, String typeNamePattern, String attributePattern)
      throws SQLException {
    return empty(MetaResult.ATTRIBUTES);
  }

  @Override
  public ResultSet getSuperTypes(String catalogName, String schemaPattern, String typeNamePattern)
      throws SQLException {
    return empty(MetaResult.SUPER_TYPES);
  }

  @Override
  public ResultSet getSuperTables(String catalogName, String schemaPattern, String tablePattern)
      throws SQLException {
    return empty(MetaResult.SUPER_TABLES);
  }

  @Override
  public ResultSet getImportedKeys(String catalogName, String schema, String table)
      throws SQLException {
    return empty(MetaResult.KEYS);
  }

  @Override
  public ResultSet getExportedKeys(String catalogName, String schema, String table)
      throws SQLException {
    return empty(MetaResult.KEYS);
  }

  @Override
  public ResultSet getCrossReference(
      String parentCatalog,
      String parentSchema,
      String parentTable,
      String foreignCatalog,
      String foreignSchema,
      String foreignTable)
      throws SQLException {
    return empty(MetaResult.KEYS);
  }

  @Override
  public ResultSet getTablePrivileges(String catalogName, String schemaPattern, String tablePattern)
      throws SQLException {
    return empty(MetaResult.TABLE_PRIVILEGES);
  }

  @Override
  public ResultSet getColumnPrivileges(
      String catalogName, String schema, String table, String columnPattern) throws SQLException {
    return empty(MetaResult.COLUMN_PRIVILEGES);
  }

  @Override
  public ResultSet getVersionColumns(String catalogName, String schema, String table)
      throws SQLException {
    return empty(MetaResult.VERSION_COLUMNS);
  }

  @Override
  public ResultSet getPseudoColumns(
      String catalogName, String schemaPattern, String tablePattern, String columnPattern)
      throws SQLException {
    return empty(MetaResult.PSEUDO_COLUMNS);
  }

  private ResultSet empty(MetaResult result) throws SQLException {
    checkOpen();
    return result.empty();
  }
}
