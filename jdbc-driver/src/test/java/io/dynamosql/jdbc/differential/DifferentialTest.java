package io.dynamosql.jdbc.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.SqlEngineAvailability;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The differential suite: every statement of {@code src/test/resources/differential/*.sql} runs
 * through the driver on DynamoDB Local and through DuckDB loaded with the same demo items, and the
 * results must agree (see {@link ResultComparison}). Deliberate differences are spelled out with
 * {@code -- duckdb:} lines and documented in {@code docs/limitations.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialTest {

  private static final int MINIMUM_STATEMENTS = 300;

  private DemoDynamoDb dynamo;
  private Connection driver;
  private DuckDbOracle oracle;

  @BeforeAll
  void start() throws SQLException {
    dynamo = DemoDynamoDb.start();
    SqlEngineAvailability.assumeSqlEngine(dynamo);
    driver = dynamo.connection();
    oracle = DuckDbOracle.load(DemoDataset.create(), driver);
  }

  @AfterAll
  void stop() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
    if (driver != null) {
      driver.close();
    }
    dynamo.close();
  }

  @Test
  void coversEnoughStatements() throws IOException {
    long statements = statementFiles().stream().mapToLong(f -> cases(f).size()).sum();
    assertTrue(
        statements >= MINIMUM_STATEMENTS,
        "the suite has " + statements + " statements, at least " + MINIMUM_STATEMENTS + " wanted");
  }

  @TestFactory
  Stream<DynamicNode> driverAgreesWithReferenceEngine() throws IOException {
    return statementFiles().stream()
        .map(
            file ->
                dynamicContainer(
                    file,
                    cases(file).stream().map(c -> dynamicTest(c.toString(), () -> check(c)))));
  }

  private void check(DifferentialCase statement) throws SQLException {
    QueryResult expected;
    try (Statement reference = oracle.connection().createStatement();
        ResultSet rows = reference.executeQuery(statement.oracleSql())) {
      expected = QueryResult.read(rows);
    }
    QueryResult actual;
    try (Statement query = driver.createStatement();
        ResultSet rows = query.executeQuery(statement.sql())) {
      actual = QueryResult.read(rows);
    } catch (SQLException e) {
      fail("the driver failed [" + e.getSQLState() + "] " + e.getMessage(), e);
      return;
    }
    Optional<String> difference =
        ResultComparison.difference(actual, expected, statement.ordered());
    difference.ifPresent(d -> fail(statement.sql() + "\n" + d));
  }

  private static List<DifferentialCase> cases(String file) {
    return DifferentialCases.read("/differential/" + file);
  }

  private static List<String> statementFiles() throws IOException {
    try (Stream<Path> files =
        Files.list(Path.of(DifferentialTest.class.getResource("/differential").toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted()
          .toList();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
