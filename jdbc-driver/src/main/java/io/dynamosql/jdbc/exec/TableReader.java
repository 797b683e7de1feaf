package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.config.FullScanPolicy;
import io.dynamosql.jdbc.dynamo.BatchGetRead;
import io.dynamosql.jdbc.dynamo.ExpressionParameters;
import io.dynamosql.jdbc.dynamo.GetItemRead;
import io.dynamosql.jdbc.dynamo.ItemStream;
import io.dynamosql.jdbc.dynamo.QueryRead;
import io.dynamosql.jdbc.dynamo.ScanRead;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.Truth;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.physical.DynamoRequest;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import io.dynamosql.jdbc.plan.physical.ScanPath;
import io.dynamosql.jdbc.schema.IndexType;
import io.dynamosql.jdbc.schema.TableSchema;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The DynamoDB side of one {@link DynamoRead}: sends its GetItem / BatchGetItem / Query / Scan
 * through the {@link io.dynamosql.jdbc.dynamo.ItemReader}, turns items into rows and checks the
 * local residual predicates. A budget overrun is reported with the table and index read.
 */
final class TableReader {

  private final DynamoRead read;
  private final ExecutionContext context;
  private final ReadShape shape;
  private final DynamoRequest request;
  private final TableSchema table;

  TableReader(DynamoRead read, ExecutionContext context) {
    this.read = read;
    this.context = context;
    this.shape = context.shape(read);
    this.request = shape.request();
    this.table = read.scan().table();
  }

  DynamoRead read() {
    return read;
  }

  /** Refuses or warns about a full Scan as the fullScanPolicy says. */
  static void checkScan(DynamoRead read, ExecutionContext context) throws SQLException {
    if (!(read.path() instanceof ScanPath scan)) {
      return;
    }
    FullScanPolicy policy = context.config().fullScanPolicy();
    String message = scanMessage(read, scan);
    if (policy == FullScanPolicy.REFUSE) {
      throw SqlState.READ_BUDGET_EXCEEDED.exception(
          message + "; refused by the connection property fullScanPolicy=refuse");
    }
    if (policy == FullScanPolicy.WARN) {
      context.warnings().add(message);
    }
  }

  static String scanMessage(DynamoRead read, ScanPath scan) {
    String table = read.scan().table().name();
    String serving =
        scan.servingIndexes().isEmpty()
            ? "no table or index key is constrained by the query"
            : "a key condition (equality on the partition key) would let "
                + String.join(" or ", scan.servingIndexes())
                + " serve it";
    return "Full Scan of table "
        + table
        + " ("
        + scan.segments()
        + " segment"
        + (scan.segments() == 1 ? "" : "s")
        + "): "
        + serving;
  }

  Optional<Map<String, Object>> getItem(Map<String, Object> key) throws SQLException {
    try {
      return context
          .reader()
          .getItem(
              new GetItemRead(
                  table.physicalTableName(),
                  key,
                  request.projection(),
                  new ExpressionParameters(shape.projectionNames(), Map.of()),
                  context.config().consistentRead()),
              context.control());
    } catch (SQLException e) {
      throw explained(e);
    }
  }

  ItemStream batchGet(List<Map<String, Object>> keys) throws SQLException {
    try {
      return context
          .reader()
          .batchGet(
              new BatchGetRead(
                  table.physicalTableName(),
                  keys,
                  request.projectionWithoutKeys(),
                  new ExpressionParameters(shape.batchProjectionNames(), Map.of()),
                  context.config().consistentRead()),
              context.control());
    } catch (SQLException e) {
      throw explained(e);
    }
  }

  /** A Query of one partition from its beginning; null when a key value is NULL. */
  ItemStream query(Object partitionValue) throws SQLException {
    return query(partitionValue, Optional.empty());
  }

  /**
   * A Query of one partition, after {@code exclusiveStartKey} when present; null when a key value
   * is NULL (nothing can match).
   */
  ItemStream query(Object partitionValue, Optional<Map<String, Object>> exclusiveStartKey)
      throws SQLException {
    QueryPath query = (QueryPath) read.path();
    Map<String, Object> values = values();
    if (partitionValue == null || values == null) {
      return null;
    }
    values.put(DynamoRequest.PARTITION_VALUE, partitionValue);
    boolean gsi = query.index().type() == IndexType.GSI;
    try {
      return context
          .reader()
          .query(
              new QueryRead(
                  table.physicalTableName(),
                  query.onIndex() ? Optional.of(query.index().name()) : Optional.empty(),
                  request.keyCondition().orElseThrow(),
                  request.filter(),
                  shape.queryProjection(),
                  new ExpressionParameters(shape.queryNames(), values),
                  query.forward(),
                  limit(),
                  context.config().consistentRead() && !gsi,
                  exclusiveStartKey),
              context.control());
    } catch (SQLException e) {
      throw explained(e);
    }
  }

  /** The Scan, after {@code exclusiveStartKey} when present (a one-segment scan only). */
  ItemStream scan(Optional<Map<String, Object>> exclusiveStartKey) throws SQLException {
    ScanPath scan = (ScanPath) read.path();
    Map<String, Object> values = values();
    if (values == null) {
      return null;
    }
    try {
      return context
          .reader()
          .scan(
              new ScanRead(
                  table.physicalTableName(),
                  Optional.empty(),
                  request.filter(),
                  request.projection(),
                  new ExpressionParameters(shape.scanNames(), values),
                  scan.segments(),
                  limit(),
                  context.config().consistentRead(),
                  exclusiveStartKey),
              context.control());
    } catch (SQLException e) {
      throw explained(e);
    }
  }

  /** DynamoDB's Limit: the exact limit if pushed, else the fetch size as the page size. */
  private OptionalInt limit() {
    if (read.limit() >= 0) {
      return OptionalInt.of((int) Math.max(1, Math.min(Integer.MAX_VALUE, read.limit())));
    }
    return context.fetchSize() > 0 ? OptionalInt.of(context.fetchSize()) : OptionalInt.empty();
  }

  /** The placeholder values, or null if one is NULL (a comparison with NULL matches nothing). */
  private Map<String, Object> values() throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Expr> entry : shape.placeholders()) {
      Object value = entry.getValue().eval(context, Operators.NO_ROW);
      if (value == null) {
        return null;
      }
      values.put(entry.getKey(), value);
    }
    return values;
  }

  /** The row of an item: one value per table column, NULL for columns not read. */
  Object[] row(Map<String, Object> item) {
    return shape.row(item);
  }

  /** Whether the local residual predicates hold for {@code row}. */
  boolean accepts(Object[] row) throws SQLException {
    for (Expr conjunct : read.residual()) {
      if (!Truth.isTrue(conjunct.eval(context, row))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the pushed predicates hold too (for reads that cannot filter: BatchGetItem). */
  boolean acceptsPushed(Object[] row) throws SQLException {
    for (Expr conjunct : read.pushed()) {
      if (!Truth.isTrue(conjunct.eval(context, row))) {
        return false;
      }
    }
    return true;
  }

  /** Adds the table and index to a budget overrun, so that the user knows what read too much. */
  SQLException explained(SQLException e) {
    if (!SqlState.READ_BUDGET_EXCEEDED.code().equals(e.getSQLState())) {
      return e;
    }
    String via =
        read.path() instanceof QueryPath q && q.onIndex()
            ? " through index " + q.index().name()
            : " with " + read.path().operation();
    return SqlState.READ_BUDGET_EXCEEDED.exception(
        "Reading table " + table.name() + via + ": " + e.getMessage(), e);
  }
}
