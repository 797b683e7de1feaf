package io.dynamosql.mcp.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.mcp.support.H2Database;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Readiness over a real JDBC database (H2 has none of the DynamoSQL driver's extra metadata). */
class DataSourceProbeTest {

  private static HealthSettings tables(String... names) {
    return new HealthSettings(Duration.ofSeconds(2), List.of(names));
  }

  @Test
  void upWhenTheRequiredTablesAreListed() throws SQLException {
    CheckResult result =
        new DataSourceProbe(H2Database.create(), tables("customers", "orders")).probe();

    assertTrue(result.up(), result.data().toString());
    assertEquals(DataSourceProbe.NAME, result.name());
    assertEquals(true, result.data().get("connection_valid"));
    assertEquals(2, result.data().get("tables_checked"));
  }

  @Test
  void everyListedTableIsRequiredWhenNoneIsConfigured() throws SQLException {
    CheckResult result = new DataSourceProbe(H2Database.create(), tables()).probe();

    assertTrue(result.up(), result.data().toString());
    assertTrue((Integer) result.data().get("tables_checked") > 200, result.data().toString());
  }

  @Test
  void downAndNamedWhenARequiredTableIsMissing() throws SQLException {
    CheckResult result =
        new DataSourceProbe(H2Database.create(), tables("customers", "invoices")).probe();

    assertFalse(result.up());
    assertEquals("invoices=MISSING", result.data().get("tables_not_ready"));
  }

  @Test
  void downWithTheDriversMessageWhenTheDatabaseIsUnreachable() {
    JdbcDataSource unreachable = new JdbcDataSource();
    unreachable.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");

    CheckResult result = new DataSourceProbe(unreachable, tables("customers")).probe();

    assertFalse(result.up());
    assertTrue(result.data().containsKey("error"), result.data().toString());
    assertTrue(result.data().containsKey("sql_state"), result.data().toString());
    assertFalse(result.data().containsKey("tables_checked"));
  }

  @Test
  void reportIsDownWhenOneCheckIsDown() {
    HealthReport report =
        new HealthReport(
            List.of(
                new CheckResult("a", true, Map.of()),
                new CheckResult("b", false, Map.of("error", "x"))));

    assertEquals(503, report.httpStatus());
    assertEquals("DOWN", report.toJson().get("status"));
  }

  @Test
  void settingsRejectABadTimeoutByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HealthSettings.from(Map.of(HealthSettings.TIMEOUT_SECONDS, "soon")::get));

    assertEquals(
        "Configuration 'dynamosql.health.timeout-seconds' value is invalid: soon"
            + " (a positive number of seconds is required)",
        e.getMessage());
  }

  @Test
  void settingsDefaults() {
    HealthSettings settings = HealthSettings.from(key -> null);

    assertEquals(Duration.ofSeconds(5), settings.timeout());
    assertEquals(List.of(), settings.tables());
  }
}
