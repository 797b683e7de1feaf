package io.dynamosql.jdbc.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips a suite while the driver's SQL engine has not landed yet: the driver is not registered, or
 * it answers a plain SELECT with "not supported". Any other failure is left to the tests.
 */
public final class SqlEngineAvailability {

  private SqlEngineAvailability() {}

  public static void assumeSqlEngine(DemoDynamoDb dynamo) {
    try (Connection connection = dynamo.connection();
        Statement statement = connection.createStatement()) {
      statement
          .executeQuery("SELECT customer_id FROM customers WHERE customer_id = 'c001'")
          .close();
    } catch (SQLFeatureNotSupportedException e) {
      Assumptions.abort("the SQL engine is not on this branch yet: " + e.getMessage());
    } catch (SQLException e) {
      Assumptions.assumeFalse(
          String.valueOf(e.getMessage()).startsWith("No suitable driver"),
          "the driver is not on this branch yet");
    }
  }
}
