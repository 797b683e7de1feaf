package io.dynamosql.jdbc.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.SqlEngineAvailability;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The hostile SQL suite: every generated statement (over 10,000, seeded) through the driver against
 * DynamoDB Local behind the recording proxy, with a small memory limit and read budget. One dynamic
 * test per family, each listing its broken statements by id; then the aftermath: no write ever
 * reached DynamoDB and the data is unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSqlTest {

  static final long SEED = 20261201L;

  /** Rows a sort, hash join, aggregate or DISTINCT may hold: small, so that the bound is hit. */
  static final int MEMORY_LIMIT = 1_000;

  /** Items one statement may read: more than any single demo table, less than a careless join. */
  static final int READ_BUDGET = 5_000;

  private static final int FAILURES_SHOWN = 25;

  private DemoDynamoDb dynamo;
  private HostileRunner runner;
  private Map<String, List<Map<String, AttributeValue>>> before;

  @BeforeAll
  void start() throws SQLException {
    dynamo = DemoDynamoDb.start();
    SqlEngineAvailability.assumeSqlEngine(dynamo);
    before = dynamo.snapshot();
    String url =
        dynamo.jdbcUrl()
            + ";metadataTtl=1h;memoryLimit="
            + MEMORY_LIMIT
            + ";readBudget="
            + READ_BUDGET
            + ";fullScanPolicy=allow";
    sampleEveryTable(url);
    runner = new HostileRunner(dynamo, url);
  }

  /**
   * Schema inference samples each table on first use (a Scan); done here once, with a TTL longer
   * than the suite, so that a refusal is never charged with the sampling reads.
   */
  private static void sampleEveryTable(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String table : DemoDataset.TABLES) {
        statement.executeQuery("SELECT * FROM " + table + " LIMIT 1").close();
      }
    }
  }

  @AfterAll
  void stop() throws SQLException {
    if (runner != null) {
      runner.close();
    }
    dynamo.close();
  }

  @TestFactory
  Stream<DynamicTest> everyHostileStatementIsSurvived() {
    Map<String, List<HostileStatement>> families =
        HostileSql.generate(SEED).stream()
            .collect(
                Collectors.groupingBy(
                    HostileStatement::family, LinkedHashMap::new, Collectors.toList()));
    Stream<DynamicTest> perFamily =
        families.entrySet().stream()
            .map(
                family ->
                    dynamicTest(
                        family.getKey() + " (" + family.getValue().size() + " statements)",
                        () -> survive(family.getValue())));
    Stream<DynamicTest> aftermath =
        Stream.of(
            dynamicTest(
                "no write, DDL or PartiQL call ever reached DynamoDB",
                () -> assertEquals(List.of(), dynamo.proxy().nonReadCalls())),
            dynamicTest(
                "the demo data is unchanged", () -> assertEquals(before, dynamo.snapshot())));
    return Stream.concat(perFamily, aftermath);
  }

  private void survive(List<HostileStatement> statements) throws SQLException {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      HostileStatement statement = statements.get(i);
      for (String broken : runner.check(statement, i)) {
        failures.add(statement + "\n      -> " + broken);
      }
    }
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " broken rules over "
            + statements.size()
            + " statements (seed "
            + SEED
            + "), the first ones:\n  "
            + String.join("\n  ", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))));
  }
}
