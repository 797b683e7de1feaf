package io.dynamosql.jdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.jdbc.DynamoSqlDataSource;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HikariCP, a connection pool nobody here wrote, over the DataSource: it marks connections
 * read-only, validates them with {@code isValid}, and resets their state (auto-commit, isolation,
 * catalog, schema, network timeout) each time one comes back; the driver must take all of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class HikariPoolTest {

  private final DemoDynamoDb dynamo;

  HikariPoolTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @Test
  void aPoolBorrowsAndReturnsReadOnlyConnections() throws SQLException {
    DynamoSqlDataSource driver = new DynamoSqlDataSource();
    driver.setEndpoint(dynamo.proxy().endpoint().toString());
    driver.setRegion(DynamoDbLocal.REGION);
    driver.setUser(DynamoDbLocal.ACCESS_KEY);
    driver.setPassword(DynamoDbLocal.SECRET_KEY);
    HikariConfig config = new HikariConfig();
    config.setDataSource(driver);
    config.setReadOnly(true);
    config.setAutoCommit(true);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(10_000);
    config.setPoolName("dynamosql-test");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      for (int round = 0; round < 3; round++) {
        try (Connection connection = pool.getConnection()) {
          assertTrue(connection.isReadOnly());
          connection.setSchema("dynamodb");
          try (ResultSet tables = connection.getMetaData().getTables(null, null, "orders", null)) {
            assertTrue(tables.next());
            assertEquals("orders", tables.getString("TABLE_NAME"));
          }
        }
      }
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
      assertTrue(pool.getHikariPoolMXBean().getTotalConnections() >= 1);
    }
  }
}
