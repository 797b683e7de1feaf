package io.dynamosql.jdbc.dynamo;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The read-only metadata calls schema discovery needs: which tables exist, how each is keyed and
 * indexed, and a sample of its items. Failures arrive as SQLExceptions with the driver's states
 * (28000 access denied, 42S02 no such table, 08001 unreachable, 57014 timeout).
 *
 * <p>One instance exists per configuration; the connection environment hands it, together with the
 * {@link io.dynamosql.jdbc.config.DriverConfig}, to the constructor of the schema side's {@link
 * io.dynamosql.jdbc.schema.Catalog} implementation.
 */
public interface TableDirectory {

  /** Every table name of the account and region, all ListTables pages, in DynamoDB's order. */
  List<String> listTableNames() throws SQLException;

  /**
   * DescribeTable.
   *
   * @throws SQLException 42S02 when the table does not exist
   */
  TableDescription describe(String table) throws SQLException;

  /**
   * Items spread over the whole table: a parallel Scan of {@code segments} segments that reads at
   * most {@code perSegment} items from each (one request per segment), in the value model of {@link
   * io.dynamosql.jdbc.type}. Up to {@code perSegment * segments} items; fewer when the table is
   * smaller.
   */
  List<Map<String, Object>> sample(String table, int perSegment, int segments) throws SQLException;
}
