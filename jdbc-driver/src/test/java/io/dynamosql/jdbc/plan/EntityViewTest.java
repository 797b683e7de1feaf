package io.dynamosql.jdbc.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DynamoDbCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * An entity view of the single-table design (items of app_data whose sort key starts with ORDER#)
 * pushes its prefix into the key condition of a Query, or into the filter of a Scan, and shows only
 * its own items.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityViewTest {

  private DemoDynamoDb dynamo;
  private Connection connection;

  @BeforeAll
  void start(@TempDir Path directory) throws SQLException, IOException {
    dynamo = DemoDynamoDb.start();
    Path mapping = directory.resolve("mapping.properties");
    Files.writeString(
        mapping,
        "view/dynamodb/app_orders/table = app_data\nview/dynamodb/app_orders/sortKeyPrefix = ORDER#\n");
    Properties properties = new Properties();
    properties.setProperty("mappingFile", mapping.toString());
    connection = DriverManager.getConnection(dynamo.jdbcUrl(), properties);
  }

  @AfterAll
  void stop() throws SQLException {
    connection.close();
    dynamo.close();
  }

  @Test
  void partitionQueryCarriesThePrefixInItsKeyCondition() throws SQLException {
    rows("SELECT sk FROM app_orders WHERE pk = 'CUSTOMER#c002'");
    int mark = dynamo.proxy().mark();
    List<String> keys = rows("SELECT sk FROM app_orders WHERE pk = 'CUSTOMER#c001'");
    List<DynamoDbCall> calls = dynamo.proxy().callsSince(mark);
    assertEquals(1, calls.size(), calls.toString());
    DynamoDbCall query = calls.get(0);
    assertEquals("Query", query.operation());
    assertTrue(
        query.text("KeyConditionExpression").orElse("").contains("begins_with"), query.toString());
    assertTrue(keys.stream().allMatch(k -> k.startsWith("ORDER#")), keys.toString());
    assertEquals(keys.size(), query.itemsRead(), "only the view's items are read");
  }

  @Test
  void wholeViewIsAFilteredScanOfItsItemsOnly() throws SQLException {
    int expected =
        dynamo
            .client()
            .scanPaginator(
                ScanRequest.builder()
                    .tableName("app_data")
                    .filterExpression("begins_with(SK, :p)")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("ORDER#")))
                    .select(Select.COUNT)
                    .build())
            .stream()
            .mapToInt(page -> page.count())
            .sum();
    assertEquals(List.of(String.valueOf(expected)), rows("SELECT COUNT(*) FROM app_orders"));
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
