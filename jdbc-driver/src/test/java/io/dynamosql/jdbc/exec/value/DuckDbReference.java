package io.dynamosql.jdbc.exec.value;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * DuckDB 1.4, the differential suite's reference engine, in process and in UTC, for one test class
 * ({@code @RegisterExtension static final DuckDbReference DUCKDB = new DuckDbReference();}):
 * evaluates SQL expressions so that the library's answers can be compared with DuckDB's.
 */
public final class DuckDbReference implements BeforeAllCallback, AfterAllCallback {

  private Connection connection;

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TimeZone = 'UTC'");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    connection.close();
  }

  /**
   * DuckDB gives the same value for {@code expression} as the library's {@code ours}, unless the
   * expression is listed as one DuckDB refuses (then it must still refuse) or as a deliberate
   * difference (then it must still differ).
   */
  public void assertAgrees(
      String expression, Object ours, Set<String> duckDbRefuses, Set<String> different)
      throws SQLException {
    if (duckDbRefuses.contains(expression)) {
      assertThrows(SQLException.class, () -> evaluate(expression), expression + " is listed");
      return;
    }
    Object theirs = evaluate(expression);
    if (different.contains(expression)) {
      assertFalse(same(ours, theirs), expression + " is listed as different but agrees");
      return;
    }
    assertTrue(same(ours, theirs), expression + ": ours " + ours + ", DuckDB " + theirs);
  }

  /**
   * The value of {@code SELECT expression}.
   *
   * @throws SQLException when DuckDB refuses it, with the statement in the message
   */
  public Object evaluate(String expression) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT " + expression)) {
      result.next();
      return result.getObject(1);
    } catch (SQLException e) {
      throw new SQLException("DuckDB refused SELECT " + expression + ": " + e.getMessage(), e);
    }
  }

  /** A DuckDB literal of a scalar of the value model. */
  public static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String text) {
      return "'" + text.replace("'", "''") + "'";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.precision() <= 18
          ? decimal.toPlainString()
          : "CAST('" + decimal.toPlainString() + "' AS DECIMAL(38, " + decimal.scale() + "))";
    }
    if (value instanceof Long number) {
      return number == number.intValue() ? number.toString() : "CAST(" + number + " AS BIGINT)";
    }
    if (value instanceof Double number) {
      return "CAST('" + number + "' AS DOUBLE)";
    }
    if (value instanceof LocalDate date) {
      return "DATE '" + date + "'";
    }
    if (value instanceof Instant instant) {
      return "TIMESTAMPTZ '" + instant + "'";
    }
    return String.valueOf(value);
  }

  /**
   * Whether the library's value and DuckDB's are the same: numbers by value (to 12 significant
   * digits when either is a double), dates and timestamps as instants, the rest by equals.
   */
  private static boolean same(Object ours, Object theirs) {
    if (ours == null || theirs == null) {
      return ours == theirs;
    }
    if (ours instanceof Number a && theirs instanceof Number b) {
      if (a instanceof Double || b instanceof Double || b instanceof Float) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        return Double.compare(x, y) == 0
            || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
      }
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return canonical(ours).equals(canonical(theirs));
  }

  private static Object canonical(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toInstant(ZoneOffset.UTC);
    }
    return value;
  }
}
