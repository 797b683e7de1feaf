package io.dynamosql.jdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import sqlline.SqlLine;

/**
 * SQLLine, a JDBC shell nobody here wrote, run headless against the driver on DynamoDB Local: its
 * metadata commands print what DatabaseMetaData answers, and the assertions read that print-out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class SqlLineTest {

  private final DemoDynamoDb dynamo;

  @BeforeAll
  void start() {
    System.setProperty("org.jline.terminal.dumb", "true");
  }

  SqlLineTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  /** What SQLLine prints for these commands, and its exit status. */
  private record Session(SqlLine.Status status, String out, String err) {}

  private Session run(String... commands) throws IOException {
    SqlLine sqlLine = new SqlLine();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    sqlLine.setOutputStream(new PrintStream(out, true, StandardCharsets.UTF_8));
    sqlLine.setErrorStream(new PrintStream(err, true, StandardCharsets.UTF_8));
    String script = String.join("\n", commands) + "\n!quit\n";
    SqlLine.Status status =
        sqlLine.begin(
            new String[] {
              "-u",
              dynamo.jdbcUrl(),
              "-n",
              "",
              "-p",
              "",
              "--maxWidth=400",
              "--outputFormat=csv",
              "--showWarnings=false"
            },
            new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
            false);
    return new Session(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void tablesListsEveryDemoTable() throws IOException {
    Session session = run("!tables");
    assertEquals(SqlLine.Status.OK, session.status(), session.err());
    for (String table : DemoDataset.TABLES) {
      assertTrue(
          session.out().contains("'us-east-1','dynamodb','" + table + "','TABLE'"),
          table + " in:\n" + session.out());
    }
  }

  @Test
  void columnsShowsNamesTypesAndNullability() throws IOException {
    Session session = run("!columns orders");
    assertEquals(SqlLine.Status.OK, session.status(), session.err());
    assertTrue(session.out().contains("'orders','customer_id','12','VARCHAR'"), session.out());
    assertTrue(session.out().contains("'orders','order_id','12','VARCHAR'"), session.out());
    assertTrue(session.out().contains("'orders','total','"), session.out());
    assertTrue(session.out().contains("'orders','status','12','VARCHAR'"), session.out());
    assertTrue(session.out().contains("partition key"), session.out());
  }

  @Test
  void primaryKeysShowsHashThenRange() throws IOException {
    Session session = run("!primarykeys orders");
    assertEquals(SqlLine.Status.OK, session.status(), session.err());
    assertTrue(session.out().contains("'orders','customer_id','1','PRIMARY'"), session.out());
    assertTrue(session.out().contains("'orders','order_id','2','PRIMARY'"), session.out());
  }

  @Test
  void indexesShowsEveryGsiAndLsi() throws IOException {
    Session session = run("!indexes orders");
    assertEquals(SqlLine.Status.OK, session.status(), session.err());
    for (String index :
        new String[] {
          "'PRIMARY','3','1','customer_id'",
          "'status-created_at-index','3','1','status'",
          "'status-created_at-index','3','2','created_at'",
          "'channel-total-index','3','2','total'",
          "'date-index','3','2','date'"
        }) {
      assertTrue(session.out().contains(index), index + " in:\n" + session.out());
    }
    assertTrue(session.out().contains("'GSI','ALL'"), session.out());
    assertTrue(session.out().contains("'LSI','KEYS_ONLY'"), session.out());
  }

  @Test
  void dbinfoWalksTheCapabilitiesWithoutAnError() throws IOException {
    Session session = run("!dbinfo");
    assertEquals(SqlLine.Status.OK, session.status(), session.err());
    assertTrue(session.out().contains("Amazon DynamoDB"), session.out());
    assertTrue(session.out().contains("isReadOnly"), session.out());
  }
}
