package io.dynamosql.jdbc.readonly;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every statement form the parser knows that is not a query, plus tricks that try to smuggle one
 * past the read-only gate. Each must be refused before anything is sent to DynamoDB.
 */
public final class RefusedStatements {

  /** A statement and the SQLStates that are acceptable for refusing it. */
  public record Refusal(String sql, Set<String> sqlStates) {
    @Override
    public String toString() {
      // JUnit refuses blank display names, and blank SQL is one of the refusals.
      return sql.isBlank()
          ? "(blank statement of " + sql.length() + " characters)"
          : sql.replaceAll("\\s+", " ");
    }
  }

  /** DML, DDL and transaction control: the contract says 25006 (read-only). */
  private static final Set<String> WRITE = Set.of("25006");

  /** Statements that are not writes, or whose refusal may come from the syntax check. */
  private static final Set<String> NOT_A_QUERY = Set.of("25006", "42000");

  private RefusedStatements() {}

  /** Every refused statement; the hostile SQL generator disguises each of them further. */
  public static List<Refusal> all() {
    List<Refusal> all = new ArrayList<>();
    write(
        all,
        // INSERT in all its shapes
        "INSERT INTO customers (customer_id, name) VALUES ('x001', 'Eve')",
        "INSERT INTO customers VALUES ('x001')",
        "INSERT INTO customers (customer_id) SELECT customer_id || 'x' FROM customers",
        "INSERT INTO orders (customer_id, order_id) VALUES ('c001', 'o9999'), ('c002', 'o9998')",
        "INSERT INTO customers (customer_id) VALUES ('c001') ON DUPLICATE KEY UPDATE name = 'Eve'",
        "INSERT INTO customers (customer_id) VALUES ('c001') ON CONFLICT (customer_id) DO NOTHING",
        "INSERT INTO customers (customer_id) VALUES ('x002') RETURNING customer_id",
        "WITH src AS (SELECT customer_id FROM customers) INSERT INTO orders (customer_id)"
            + " SELECT customer_id FROM src",
        // UPDATE
        "UPDATE customers SET name = 'Eve' WHERE customer_id = 'c001'",
        "UPDATE customers SET status = 'gone'",
        "UPDATE customers c SET name = o.status FROM orders o WHERE c.customer_id = o.customer_id",
        "WITH gone AS (SELECT customer_id FROM orders) UPDATE customers SET status = 'x'"
            + " WHERE customer_id IN (SELECT customer_id FROM gone)",
        // DELETE
        "DELETE FROM customers WHERE customer_id = 'c001'",
        "DELETE FROM customers",
        "DELETE FROM orders WHERE customer_id IN (SELECT customer_id FROM customers)",
        "WITH gone AS (SELECT customer_id FROM customers) DELETE FROM orders"
            + " WHERE customer_id IN (SELECT customer_id FROM gone)",
        // MERGE, UPSERT, REPLACE
        "MERGE INTO customers c USING orders o ON (c.customer_id = o.customer_id)"
            + " WHEN MATCHED THEN UPDATE SET c.status = 'merged'"
            + " WHEN NOT MATCHED THEN INSERT (customer_id) VALUES (o.customer_id)",
        "UPSERT INTO customers (customer_id, name) VALUES ('c001', 'Eve')",
        "REPLACE INTO customers (customer_id, name) VALUES ('c001', 'Eve')",
        // DDL
        "CREATE TABLE stolen (id VARCHAR(10) PRIMARY KEY)",
        "CREATE TABLE stolen AS SELECT * FROM customers",
        "CREATE TEMPORARY TABLE scratch (id INT)",
        "CREATE VIEW v AS SELECT * FROM customers",
        "CREATE OR REPLACE VIEW v AS SELECT customer_id FROM customers",
        "CREATE MATERIALIZED VIEW mv AS SELECT customer_id FROM customers",
        "ALTER VIEW v AS SELECT customer_id FROM customers",
        "CREATE INDEX name_idx ON customers (name)",
        "CREATE UNIQUE INDEX email_idx ON customers (email)",
        "CREATE SCHEMA other",
        "CREATE DATABASE other",
        "CREATE SEQUENCE seq START WITH 1",
        "ALTER SEQUENCE seq INCREMENT BY 2",
        "CREATE SYNONYM c FOR customers",
        "CREATE TYPE mood AS ENUM ('sad', 'ok')",
        "CREATE DOMAIN positive AS INT CHECK (VALUE > 0)",
        "CREATE EXTENSION hstore",
        "CREATE USER eve",
        "CREATE ROLE reader",
        "ALTER TABLE customers ADD COLUMN shoe_size INT",
        "ALTER TABLE customers DROP COLUMN name",
        "ALTER TABLE customers RENAME TO clients",
        "RENAME TABLE customers TO clients",
        "DROP TABLE customers",
        "DROP TABLE IF EXISTS orders CASCADE",
        "DROP VIEW v",
        "DROP INDEX name_idx",
        "DROP SCHEMA other",
        "DROP SEQUENCE seq",
        "TRUNCATE TABLE customers",
        "TRUNCATE customers",
        "COMMENT ON TABLE customers IS 'mine now'",
        "GRANT SELECT ON customers TO eve",
        "GRANT ALL PRIVILEGES ON orders TO PUBLIC",
        "REVOKE SELECT ON customers FROM eve",
        "PURGE TABLE customers",
        "REFRESH MATERIALIZED VIEW mv",
        "LOCK TABLE customers IN EXCLUSIVE MODE",
        // transactions
        "COMMIT",
        "ROLLBACK",
        "ROLLBACK TO SAVEPOINT s1",
        "SAVEPOINT s1",
        // tricks around a write
        "/* just a comment */ DELETE FROM customers",
        "-- a line comment\nDELETE FROM customers",
        "dElEtE fRoM customers",
        "   \n\t  DROP TABLE customers",
        "EXPLAIN DELETE FROM customers",
        "EXPLAIN INSERT INTO customers (customer_id) VALUES ('x003')",
        "EXPLAIN UPDATE customers SET name = 'Eve'");
    notAQuery(
        all,
        // writes the parser does not know (refused as syntax) or hides inside a SELECT
        "BEGIN",
        "BEGIN TRANSACTION",
        "START TRANSACTION",
        "COMMIT WORK",
        "RELEASE SAVEPOINT s1",
        "SET TRANSACTION READ WRITE",
        "(DELETE FROM customers)",
        "SELECT * INTO stolen FROM customers",
        "WITH d AS (DELETE FROM customers RETURNING *) SELECT * FROM d",
        // statements that are not writes but are not queries either
        "SET search_path = other",
        "SET autocommit = 0",
        "RESET ALL",
        "ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY'",
        "ALTER SYSTEM KILL SESSION '1,2'",
        "ANALYZE customers",
        "CALL refresh_everything()",
        "EXECUTE wipe",
        "EXEC wipe",
        "USE other",
        "SHOW TABLES",
        "DESCRIBE customers",
        "DECLARE @x INT",
        "CREATE FUNCTION wipe() RETURNS INT AS 'DELETE FROM customers' LANGUAGE SQL",
        "CREATE PROCEDURE wipe() BEGIN DELETE FROM customers; END",
        "CREATE TRIGGER t AFTER INSERT ON customers FOR EACH ROW EXECUTE FUNCTION wipe()",
        "BEGIN DELETE FROM customers; END",
        "IF 1 = 1 DELETE FROM customers",
        "DO 'DELETE FROM customers'",
        // more than one statement per execute
        "SELECT 1; DROP TABLE customers",
        "SELECT * FROM customers; DELETE FROM customers",
        "DELETE FROM customers; SELECT 1",
        "SELECT customer_id FROM customers /* ; */; DELETE FROM customers",
        "SELECT 1;\nDROP TABLE customers;",
        "SELECT 1; SELECT 2",
        // not SQL at all
        "",
        "   ",
        "DELETE",
        "PLEASE DROP EVERYTHING");
    return all;
  }

  private static void write(List<Refusal> into, String... sql) {
    for (String statement : sql) {
      into.add(new Refusal(statement, WRITE));
    }
  }

  private static void notAQuery(List<Refusal> into, String... sql) {
    for (String statement : sql) {
      into.add(new Refusal(statement, NOT_A_QUERY));
    }
  }
}
