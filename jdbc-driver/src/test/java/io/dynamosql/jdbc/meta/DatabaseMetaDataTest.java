package io.dynamosql.jdbc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import io.dynamosql.jdbc.support.DynamoDbCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;

/**
 * DatabaseMetaData over every demo table, checked against the fixture's own CreateTable requests
 * and items (not against the driver's schema classes): tables, every JDBC column of getColumns,
 * keys, GSIs and LSIs with their projections, entity views from a mapping file, the empty results
 * of what DynamoDB lacks, patterns with escapes, and refresh modes seen on the wire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class DatabaseMetaDataTest {

  private static final String CATALOG = "us-east-1";
  private static final String SCHEMA = "dynamodb";

  private final DemoDynamoDb dynamo;
  private Connection connection;
  private DatabaseMetaData meta;

  DatabaseMetaDataTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @BeforeAll
  void start() throws SQLException {
    connection = dynamo.connection();
    meta = connection.getMetaData();
  }

  @AfterAll
  void stop() throws SQLException {
    connection.close();
  }

  @Test
  void identifiesAmazonDynamoDbAndTheBuild() throws SQLException {
    assertEquals("Amazon DynamoDB", meta.getDatabaseProductName());
    assertEquals(System.getProperty("dynamosql.expectedVersion"), meta.getDriverVersion());
    assertTrue(meta.isReadOnly());
    assertEquals("\"", meta.getIdentifierQuoteString());
    assertEquals("\\", meta.getSearchStringEscape());
    assertFalse(meta.supportsTransactions());
    assertTrue(meta.supportsSubqueriesInComparisons(), "DBeaver counts rows with a derived table");
    assertFalse(meta.getURL().contains("password=local"), meta.getURL());
    assertTrue(meta.getStringFunctions().contains("LOWER"), meta.getStringFunctions());
    assertTrue(meta.getNumericFunctions().contains("POWER"), meta.getNumericFunctions());
    assertTrue(meta.getTimeDateFunctions().contains("DATE_TRUNC"), meta.getTimeDateFunctions());
    assertTrue(meta.getSystemFunctions().contains("ATTRIBUTE_TYPE"), meta.getSystemFunctions());
  }

  @Test
  void oneCatalogOneDefaultSchema() throws SQLException {
    assertEquals(List.of(List.of(CATALOG)), rows(meta.getCatalogs(), "TABLE_CAT"));
    assertEquals(
        List.of(List.of(SCHEMA, CATALOG)), rows(meta.getSchemas(), "TABLE_SCHEM", "TABLE_CATALOG"));
    assertEquals(List.of(), rows(meta.getSchemas("elsewhere", null), "TABLE_SCHEM"));
    assertEquals(
        List.of(List.of("TABLE"), List.of("VIEW")), rows(meta.getTableTypes(), "TABLE_TYPE"));
  }

  @Test
  void everyDemoTableIsATable() throws SQLException {
    List<List<Object>> tables =
        rows(
            meta.getTables(null, null, "%", null),
            "TABLE_CAT",
            "TABLE_SCHEM",
            "TABLE_NAME",
            "TABLE_TYPE",
            "PHYSICAL_TABLE_NAME");
    List<List<Object>> expected = new ArrayList<>();
    for (String table : new TreeSet<>(DemoDataset.TABLES)) {
      expected.add(List.of(CATALOG, SCHEMA, table, "TABLE", table));
    }
    assertEquals(expected, tables);
    try (ResultSet orders = meta.getTables(CATALOG, SCHEMA, "orders", new String[] {"TABLE"})) {
      assertTrue(orders.next());
      assertTrue(orders.getString("REMARKS").contains("partition key customer_id"));
      assertEquals(DemoDataset.create().items("orders").size(), orders.getLong("ITEM_COUNT"));
      assertNotNull(orders.getTimestamp("REFRESHED_AT"));
      assertEquals(300, orders.getLong("STALE_AFTER_SECONDS"));
      assertFalse(orders.next());
    }
  }

  @Test
  void patternsHonourTheSearchStringEscape() throws SQLException {
    assertEquals(
        List.of(List.of("app_data")),
        rows(meta.getTables(null, null, "app\\_data", null), "TABLE_NAME"));
    assertEquals(
        List.of(List.of("app_data")),
        rows(meta.getTables(null, null, "app_dat_", null), "TABLE_NAME"));
    assertEquals(List.of(), rows(meta.getTables(null, null, "app\\_dat\\_", null), "TABLE_NAME"));
    assertEquals(
        List.of(List.of("customers"), List.of("orders")),
        rows(meta.getTables(null, "dynamo%", "%ers", null), "TABLE_NAME"));
    assertEquals(
        List.of(),
        rows(meta.getTables(null, null, "DBEAVERFAKETABLENAMEFORPING", null), "TABLE_NAME"));
    assertEquals(List.of(), rows(meta.getTables("", null, "%", null), "TABLE_NAME"), "no catalog");
    assertEquals(
        List.of(List.of("PK"), List.of("SK")),
        rows(meta.getColumns(null, SCHEMA, "app\\_data", "_K"), "COLUMN_NAME"));
  }

  @TestFactory
  Stream<DynamicTest> columnsOfEveryDemoTable() {
    return DemoDataset.tableDefinitions().stream()
        .map(table -> dynamicTest(table.tableName(), () -> checkColumns(table)));
  }

  private void checkColumns(CreateTableRequest table) throws SQLException {
    Map<String, String> declared = new LinkedHashMap<>();
    for (AttributeDefinition definition : table.attributeDefinitions()) {
      declared.put(definition.attributeName(), definition.attributeTypeAsString());
    }
    List<String> keys = keyNames(table.keySchema());
    Set<String> seen = new TreeSet<>();
    try (ResultSet columns = meta.getColumns(CATALOG, SCHEMA, table.tableName(), null)) {
      assertEveryLabel(
          columns,
          "TABLE_CAT TABLE_SCHEM TABLE_NAME COLUMN_NAME DATA_TYPE TYPE_NAME COLUMN_SIZE"
              + " BUFFER_LENGTH DECIMAL_DIGITS NUM_PREC_RADIX NULLABLE REMARKS COLUMN_DEF"
              + " SQL_DATA_TYPE SQL_DATETIME_SUB CHAR_OCTET_LENGTH ORDINAL_POSITION IS_NULLABLE"
              + " SCOPE_CATALOG SCOPE_SCHEMA SCOPE_TABLE SOURCE_DATA_TYPE IS_AUTOINCREMENT"
              + " IS_GENERATEDCOLUMN");
      int ordinal = 0;
      while (columns.next()) {
        ordinal++;
        String name = columns.getString("COLUMN_NAME");
        seen.add(name);
        assertEquals(table.tableName(), columns.getString("TABLE_NAME"));
        assertEquals(ordinal, columns.getInt("ORDINAL_POSITION"), name);
        assertNotNull(columns.getString("TYPE_NAME"), name);
        assertTrue(columns.getInt("COLUMN_SIZE") > 0, name);
        assertNotNull(columns.getString("REMARKS"), name);
        assertTrue(
            columns.getString("REMARKS").startsWith("DynamoDB") || name.equals("_extra"), name);
        assertEquals(
            columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "NO" : "YES",
            columns.getString("IS_NULLABLE"),
            name);
        assertEquals("NO", columns.getString("IS_AUTOINCREMENT"));
        if (ordinal <= keys.size()) {
          assertEquals(keys.get(ordinal - 1), name, "key columns come first");
          assertEquals(DatabaseMetaData.columnNoNulls, columns.getInt("NULLABLE"));
          assertEquals(declared.get(name), columns.getString("DYNAMODB_TYPE"));
          assertEquals(ordinal == 1 ? "PARTITION_KEY" : "SORT_KEY", columns.getString("KEY_ROLE"));
          assertTrue(
              columns.getString("REMARKS").contains(ordinal == 1 ? "partition key" : "sort key"));
          assertEquals(expectedKeyType(declared.get(name)), columns.getInt("DATA_TYPE"), name);
        }
      }
    }
    Set<String> attributes = new TreeSet<>();
    for (Map<String, AttributeValue> item : DemoDataset.create().items(table.tableName())) {
      attributes.addAll(item.keySet());
    }
    attributes.addAll(declared.keySet());
    assertTrue(
        seen.containsAll(attributes),
        "every attribute of every item is a column, rare ones too; missing: "
            + attributes.stream().filter(a -> !seen.contains(a)).toList());
  }

  private static int expectedKeyType(String dynamoType) {
    return switch (dynamoType) {
      case "S" -> Types.VARCHAR;
      case "B" -> Types.VARBINARY;
      default -> Types.BIGINT;
    };
  }

  @TestFactory
  Stream<DynamicTest> keysAndIndexesOfEveryDemoTable() {
    return DemoDataset.tableDefinitions().stream()
        .map(table -> dynamicTest(table.tableName(), () -> checkKeysAndIndexes(table)));
  }

  private void checkKeysAndIndexes(CreateTableRequest table) throws SQLException {
    List<String> keys = keyNames(table.keySchema());
    List<List<Object>> primaryKeys =
        rows(
            meta.getPrimaryKeys(CATALOG, SCHEMA, table.tableName()),
            "COLUMN_NAME",
            "KEY_SEQ",
            "PK_NAME");
    List<List<Object>> expectedKeys = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      expectedKeys.add(List.of(keys.get(i), (long) i + 1, "PRIMARY"));
    }
    expectedKeys.sort((a, b) -> ((String) a.get(0)).compareTo((String) b.get(0)));
    assertEquals(expectedKeys, primaryKeys, "ordered by COLUMN_NAME");

    List<List<Object>> expected = new ArrayList<>();
    addIndex(expected, "PRIMARY", "PRIMARY", false, "ALL", keys);
    for (GlobalSecondaryIndex gsi : table.globalSecondaryIndexes()) {
      addIndex(
          expected,
          gsi.indexName(),
          "GSI",
          true,
          gsi.projection().projectionTypeAsString(),
          keyNames(gsi.keySchema()));
    }
    for (LocalSecondaryIndex lsi : table.localSecondaryIndexes()) {
      addIndex(
          expected,
          lsi.indexName(),
          "LSI",
          true,
          lsi.projection().projectionTypeAsString(),
          keyNames(lsi.keySchema()));
    }
    expected.sort(
        (a, b) ->
            ((Boolean) a.get(1)).compareTo((Boolean) b.get(1)) != 0
                ? ((Boolean) a.get(1)).compareTo((Boolean) b.get(1))
                : ((String) a.get(0)).compareTo((String) b.get(0)) != 0
                    ? ((String) a.get(0)).compareTo((String) b.get(0))
                    : Long.compare((Long) a.get(2), (Long) b.get(2)));
    ResultSet indexes = meta.getIndexInfo(CATALOG, SCHEMA, table.tableName(), false, true);
    assertEveryLabel(
        indexes,
        "TABLE_CAT TABLE_SCHEM TABLE_NAME NON_UNIQUE INDEX_QUALIFIER INDEX_NAME TYPE"
            + " ORDINAL_POSITION COLUMN_NAME ASC_OR_DESC CARDINALITY PAGES FILTER_CONDITION");
    assertEquals(
        expected,
        rows(
            indexes,
            "INDEX_NAME",
            "NON_UNIQUE",
            "ORDINAL_POSITION",
            "COLUMN_NAME",
            "INDEX_TYPE",
            "PROJECTION",
            "KEY_ROLE"));
    assertEquals(
        keys.size(),
        rows(meta.getIndexInfo(CATALOG, SCHEMA, table.tableName(), true, true), "INDEX_NAME")
            .size(),
        "unique=true: the primary key only");
  }

  @Test
  void includeProjectionsListTheirAttributes() throws SQLException {
    try (ResultSet rows = meta.getIndexInfo(null, null, "orders", false, false)) {
      boolean found = false;
      while (rows.next()) {
        if (rows.getString("INDEX_NAME").equals("channel-total-index")) {
          found = true;
          assertEquals("status", rows.getString("PROJECTED_ATTRIBUTES"));
          assertEquals(
              rows.getInt("ORDINAL_POSITION") == 1 ? "S" : "N", rows.getString("KEY_TYPE"));
        }
      }
      assertTrue(found);
    }
  }

  private static void addIndex(
      List<List<Object>> rows,
      String name,
      String type,
      boolean nonUnique,
      String projection,
      List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      rows.add(
          List.of(
              name,
              nonUnique,
              (long) i + 1,
              keys.get(i),
              type,
              projection,
              i == 0 ? "PARTITION_KEY" : "SORT_KEY"));
    }
  }

  @TestFactory
  Stream<DynamicTest> whatDynamoDbLacksIsEmptyWithEverySpecColumn() {
    Map<String, ResultSetCall> calls = new LinkedHashMap<>();
    calls.put(
        "getProcedures PROCEDURE_CAT PROCEDURE_SCHEM PROCEDURE_NAME REMARKS PROCEDURE_TYPE"
            + " SPECIFIC_NAME",
        () -> meta.getProcedures(null, null, "%"));
    calls.put(
        "getProcedureColumns PROCEDURE_CAT COLUMN_NAME COLUMN_TYPE DATA_TYPE TYPE_NAME PRECISION"
            + " LENGTH SCALE RADIX NULLABLE REMARKS COLUMN_DEF ORDINAL_POSITION IS_NULLABLE",
        () -> meta.getProcedureColumns(null, null, "%", "%"));
    calls.put(
        "getFunctionColumns FUNCTION_CAT FUNCTION_NAME COLUMN_NAME COLUMN_TYPE DATA_TYPE"
            + " SPECIFIC_NAME",
        () -> meta.getFunctionColumns(null, null, "%", "%"));
    calls.put(
        "getUDTs TYPE_CAT TYPE_SCHEM TYPE_NAME CLASS_NAME DATA_TYPE REMARKS BASE_TYPE",
        () -> meta.getUDTs(null, null, "%", null));
    calls.put(
        "getAttributes TYPE_CAT ATTR_NAME ATTR_TYPE_NAME ATTR_SIZE SOURCE_DATA_TYPE",
        () -> meta.getAttributes(null, null, "%", "%"));
    calls.put(
        "getImportedKeys PKTABLE_CAT PKTABLE_NAME PKCOLUMN_NAME FKTABLE_NAME FKCOLUMN_NAME KEY_SEQ"
            + " UPDATE_RULE DELETE_RULE FK_NAME PK_NAME DEFERRABILITY",
        () -> meta.getImportedKeys(null, SCHEMA, "orders"));
    calls.put(
        "getExportedKeys PKTABLE_CAT FKTABLE_CAT DEFERRABILITY",
        () -> meta.getExportedKeys(null, SCHEMA, "customers"));
    calls.put(
        "getCrossReference PKTABLE_SCHEM FKTABLE_SCHEM",
        () -> meta.getCrossReference(null, SCHEMA, "customers", null, SCHEMA, "orders"));
    calls.put(
        "getTablePrivileges TABLE_CAT GRANTOR GRANTEE PRIVILEGE IS_GRANTABLE",
        () -> meta.getTablePrivileges(null, null, "%"));
    calls.put(
        "getColumnPrivileges COLUMN_NAME GRANTOR GRANTEE PRIVILEGE IS_GRANTABLE",
        () -> meta.getColumnPrivileges(null, SCHEMA, "orders", "%"));
    calls.put(
        "getPseudoColumns TABLE_CAT COLUMN_NAME COLUMN_USAGE CHAR_OCTET_LENGTH IS_NULLABLE",
        () -> meta.getPseudoColumns(null, null, "%", "%"));
    calls.put(
        "getVersionColumns SCOPE COLUMN_NAME DATA_TYPE PSEUDO_COLUMN",
        () -> meta.getVersionColumns(null, SCHEMA, "orders"));
    calls.put(
        "getSuperTypes TYPE_CAT SUPERTYPE_CAT SUPERTYPE_SCHEM SUPERTYPE_NAME",
        () -> meta.getSuperTypes(null, null, "%"));
    calls.put(
        "getSuperTables TABLE_CAT TABLE_NAME SUPERTABLE_NAME",
        () -> meta.getSuperTables(null, null, "%"));
    return calls.entrySet().stream()
        .map(
            call ->
                dynamicTest(
                    call.getKey().split(" ")[0],
                    () -> {
                      try (ResultSet rows = call.getValue().get()) {
                        assertEveryLabel(
                            rows, call.getKey().substring(call.getKey().indexOf(' ') + 1));
                        assertFalse(rows.next(), "empty");
                      }
                    }));
  }

  @Test
  void typeInfoAndFunctionsAreListed() throws SQLException {
    List<List<Object>> types = rows(meta.getTypeInfo(), "TYPE_NAME", "DATA_TYPE");
    assertTrue(types.contains(List.of("VARCHAR", (long) Types.VARCHAR)), types.toString());
    assertTrue(types.contains(List.of("DECIMAL", (long) Types.DECIMAL)), types.toString());
    assertTrue(types.contains(List.of("JSON", (long) Types.OTHER)), types.toString());
    List<List<Object>> functions = rows(meta.getFunctions(null, null, "LOW%"), "FUNCTION_NAME");
    assertEquals(List.of(List.of("LOWER")), functions);
    List<List<Object>> clientInfo = rows(meta.getClientInfoProperties(), "NAME");
    assertTrue(clientInfo.contains(List.of("MetadataRefresh")), clientInfo.toString());
  }

  @Test
  void bestRowIdentifierIsThePrimaryKey() throws SQLException {
    assertEquals(
        List.of(List.of("customer_id"), List.of("order_id")),
        rows(
            meta.getBestRowIdentifier(
                null, SCHEMA, "orders", DatabaseMetaData.bestRowSession, false),
            "COLUMN_NAME"));
  }

  @Test
  void refreshModesDecideWhetherDynamoDbIsRead() throws SQLException {
    try (Connection fresh = dynamo.connection()) {
      DatabaseMetaData freshMeta = fresh.getMetaData();
      rows(freshMeta.getTables(null, SCHEMA, "%", null), "TABLE_NAME");
      int mark = dynamo.proxy().mark();
      fresh.setClientInfo("MetadataRefresh", "SKIP");
      rows(freshMeta.getTables(null, SCHEMA, "%", null), "TABLE_NAME");
      assertEquals(List.of(), dynamo.proxy().callsSince(mark), "SKIP answers from the cache");
      fresh.setClientInfo("MetadataRefresh", "FORCE");
      rows(freshMeta.getTables(null, SCHEMA, "%", null), "TABLE_NAME");
      List<String> operations =
          dynamo.proxy().callsSince(mark).stream().map(DynamoDbCall::operation).toList();
      assertTrue(operations.contains("ListTables"), operations.toString());
      assertTrue(operations.contains("DescribeTable"), operations.toString());
    }
  }

  @Test
  void forcingTheColumnsOfOneTableRereadsThatTableOnly() throws SQLException {
    try (Connection fresh = dynamo.connection()) {
      DatabaseMetaData freshMeta = fresh.getMetaData();
      rows(freshMeta.getTables(null, SCHEMA, "%", null), "TABLE_NAME");
      fresh.setClientInfo("MetadataRefresh", "FORCE");
      int mark = dynamo.proxy().mark();
      List<List<Object>> columns =
          rows(freshMeta.getColumns(null, SCHEMA, "app\\_data", "%"), "COLUMN_NAME");
      assertTrue(columns.contains(List.of("PK")), columns.toString());
      Set<String> tablesRead = new TreeSet<>();
      for (DynamoDbCall call : dynamo.proxy().callsSince(mark)) {
        tablesRead.add(call.operation() + " " + call.table().orElse("-"));
      }
      assertEquals(Set.of("DescribeTable app_data", "Scan app_data"), tablesRead);
    }
  }

  @Test
  void entityViewsOfAMappingFileAreViews(@TempDir Path dir) throws Exception {
    Path mapping = dir.resolve("mapping.properties");
    Files.writeString(
        mapping,
        "view/dynamodb/app_orders/table = app_data\n"
            + "view/dynamodb/app_orders/sortKeyPrefix = ORDER#\n"
            + "schema/sales/tables = orders, customers\n"
            + "rename/sales/orders = sales_orders\n");
    Properties properties = new Properties();
    properties.setProperty("mappingFile", mapping.toString());
    try (Connection mapped = DriverManager.getConnection(dynamo.jdbcUrl(), properties)) {
      DatabaseMetaData mappedMeta = mapped.getMetaData();
      assertEquals(
          List.of(List.of("dynamodb"), List.of("sales")),
          rows(mappedMeta.getSchemas(), "TABLE_SCHEM"));
      assertEquals(
          List.of(List.of("app_orders", "VIEW", "app_data", "ORDER#")),
          rows(
              mappedMeta.getTables(null, SCHEMA, "%", new String[] {"VIEW"}),
              "TABLE_NAME",
              "TABLE_TYPE",
              "PHYSICAL_TABLE_NAME",
              "SORT_KEY_PREFIX"));
      assertEquals(
          List.of(List.of("customers", "TABLE"), List.of("sales_orders", "TABLE")),
          rows(mappedMeta.getTables(null, "sales", "%", null), "TABLE_NAME", "TABLE_TYPE"));
      assertEquals(
          List.of(List.of("PK"), List.of("SK")),
          rows(mappedMeta.getPrimaryKeys(null, SCHEMA, "app_orders"), "COLUMN_NAME"));
      List<List<Object>> columns =
          rows(mappedMeta.getColumns(null, SCHEMA, "app_orders", "%"), "COLUMN_NAME");
      assertTrue(columns.contains(List.of("order_id")) || columns.size() > 3, columns.toString());
      assertEquals(
          List.of(List.of("VIEW")),
          rows(mappedMeta.getTables(null, SCHEMA, "app_orders", null), "TABLE_TYPE"));
    }
  }

  // ---- helpers

  @FunctionalInterface
  private interface ResultSetCall {
    ResultSet get() throws SQLException;
  }

  private static List<String> keyNames(List<KeySchemaElement> keys) {
    List<String> names = new ArrayList<>();
    keys.stream()
        .filter(k -> k.keyType() == KeyType.HASH)
        .forEach(k -> names.add(k.attributeName()));
    keys.stream()
        .filter(k -> k.keyType() == KeyType.RANGE)
        .forEach(k -> names.add(k.attributeName()));
    return names;
  }

  private static void assertEveryLabel(ResultSet rows, String labels) throws SQLException {
    ResultSetMetaData columns = rows.getMetaData();
    Set<String> present = new TreeSet<>();
    for (int i = 1; i <= columns.getColumnCount(); i++) {
      present.add(columns.getColumnLabel(i));
    }
    for (String label : labels.trim().split("\\s+")) {
      assertTrue(present.contains(label), "column " + label + " is missing from " + present);
    }
  }

  private static List<List<Object>> rows(ResultSet rows, String... labels) throws SQLException {
    List<List<Object>> result = new ArrayList<>();
    try (rows) {
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (String label : labels) {
          row.add(rows.getObject(label));
        }
        result.add(row);
      }
    }
    return result;
  }
}
