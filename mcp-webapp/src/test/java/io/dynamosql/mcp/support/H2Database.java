package io.dynamosql.mcp.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real JDBC database for the tool tests: an in-memory H2 database shaped like the demo data
 * (schema DEMO with customers and orders, keys and an index), a table of 1001 numbered rows, and a
 * schema with 201 tables for the listing cap.
 */
public final class H2Database {

  private H2Database() {}

  public static DataSource create() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;INIT=CREATE SCHEMA IF NOT EXISTS demo\\;SET SCHEMA demo");
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "CREATE TABLE demo.customers (customer_id VARCHAR(20) PRIMARY KEY, name VARCHAR(100),"
              + " city VARCHAR(50), vip BOOLEAN, balance DECIMAL(38, 2))");
      sql.execute(
          "CREATE TABLE demo.orders (customer_id VARCHAR(20), order_id VARCHAR(20),"
              + " status VARCHAR(20), total DECIMAL(12, 2), PRIMARY KEY (customer_id, order_id))");
      sql.execute("CREATE INDEX by_status ON demo.orders (status, order_id)");
      sql.execute("CREATE TABLE demo.numbers (n INT PRIMARY KEY, label VARCHAR(20))");
      for (int i = 1; i <= 60; i++) {
        sql.execute(
            String.format(
                "INSERT INTO demo.customers VALUES ('C%03d', 'Customer %d', '%s', %s, %d.25)",
                i, i, i % 3 == 0 ? "Paris" : "Oslo", i % 5 == 0, i * 10));
        sql.execute(
            String.format(
                "INSERT INTO demo.orders VALUES ('C%03d', 'O%04d', '%s', %d.50)",
                i, i, i % 2 == 0 ? "SHIPPED" : "PENDING", i));
      }
      sql.execute(
          "INSERT INTO demo.numbers SELECT \"X\", 'row ' || \"X\" FROM SYSTEM_RANGE(1, 1001)");
      sql.execute("CREATE SCHEMA wide");
      for (int i = 0; i < 201; i++) {
        sql.execute(String.format("CREATE TABLE wide.t%03d (id INT PRIMARY KEY)", i));
      }
    }
    return dataSource;
  }
}
