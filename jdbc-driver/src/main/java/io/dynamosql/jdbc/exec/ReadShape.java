package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.physical.DynamoRequest;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.IndexSchema;
import io.dynamosql.jdbc.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What does not change between executions of one {@link DynamoRead}: its expression strings and the
 * attribute names they use, its placeholders, and where each needed column of a row comes from in
 * an item. A prepared statement builds it once ({@link ExecutionContext#shape}); only the
 * placeholder values are evaluated per execution.
 */
final class ReadShape {

  private final DynamoRequest request;
  private final Map<String, String> projectionNames;
  private final Map<String, String> batchProjectionNames;
  private final Optional<String> queryProjection;
  private final Map<String, String> queryNames;
  private final Map<String, String> scanNames;
  private final List<Map.Entry<String, Expr>> placeholders;
  private final int columnCount;
  private final int[] columns;
  private final List<List<String>> paths;
  private final boolean[] catchAll;
  private final Set<String> namedAttributes = new HashSet<>();

  ReadShape(DynamoRead read) {
    this.request = DynamoRequest.of(read);
    TableSchema table = read.scan().table();
    this.projectionNames = namesIn(request.projection());
    this.batchProjectionNames = namesIn(request.projectionWithoutKeys());
    if (read.path() instanceof QueryPath query) {
      Map<String, String> names = new HashMap<>();
      Optional<String> projection =
          query.fetchFromTable() ? Optional.of(keyProjection(table, names)) : request.projection();
      List<String> expressions = new ArrayList<>();
      expressions.add(request.keyCondition().orElseThrow());
      request.filter().ifPresent(expressions::add);
      projection.filter(p -> !query.fetchFromTable()).ifPresent(expressions::add);
      names.putAll(request.text().namesUsedIn(expressions));
      this.queryProjection = projection;
      this.queryNames = Map.copyOf(names);
    } else {
      this.queryProjection = Optional.empty();
      this.queryNames = Map.of();
    }
    List<String> scanExpressions = new ArrayList<>();
    request.filter().ifPresent(scanExpressions::add);
    request.projection().ifPresent(scanExpressions::add);
    this.scanNames = Map.copyOf(request.text().namesUsedIn(scanExpressions));
    this.placeholders = List.copyOf(request.text().values().entrySet());
    List<ColumnSchema> schema = table.columns();
    for (ColumnSchema column : schema) {
      if (column.attributePath().size() == 1) {
        namedAttributes.add(column.attributePath().get(0));
      }
    }
    this.columnCount = schema.size();
    this.columns = read.needed().stream().toArray();
    this.paths = new ArrayList<>();
    this.catchAll = new boolean[columns.length];
    for (int c = 0; c < columns.length; c++) {
      ColumnSchema column = schema.get(columns[c]);
      catchAll[c] = column.isCatchAll();
      paths.add(column.attributePath());
    }
  }

  private Map<String, String> namesIn(Optional<String> projection) {
    return projection.map(p -> request.text().namesUsedIn(List.of(p))).orElse(Map.of());
  }

  /** The table's key attributes as a projection, for an index read that fetches the rest. */
  private static String keyProjection(TableSchema table, Map<String, String> names) {
    IndexSchema primary = table.primaryKey();
    StringBuilder projection = new StringBuilder("#k0");
    names.put("#k0", primary.partitionKey());
    primary
        .sortKey()
        .ifPresent(
            sk -> {
              projection.append(", #k1");
              names.put("#k1", sk);
            });
    return projection.toString();
  }

  DynamoRequest request() {
    return request;
  }

  /** The names of the ProjectionExpression (GetItem). */
  Map<String, String> projectionNames() {
    return projectionNames;
  }

  /** The names of the ProjectionExpression without the key attributes (BatchGetItem). */
  Map<String, String> batchProjectionNames() {
    return batchProjectionNames;
  }

  /** A Query's projection: the table key only when the index read fetches the rest. */
  Optional<String> queryProjection() {
    return queryProjection;
  }

  /** The names a Query's expressions use. */
  Map<String, String> queryNames() {
    return queryNames;
  }

  /** The names a Scan's expressions use. */
  Map<String, String> scanNames() {
    return scanNames;
  }

  /** Each value placeholder with the expression that gives its value. */
  List<Map.Entry<String, Expr>> placeholders() {
    return placeholders;
  }

  /** The row of an item: one value per table column, NULL for columns not read. */
  Object[] row(Map<String, Object> item) {
    Object[] row = new Object[columnCount];
    for (int c = 0; c < columns.length; c++) {
      row[columns[c]] = catchAll[c] ? extra(item) : value(item, paths.get(c));
    }
    return row;
  }

  /** The attributes no column names, for the catch-all column (null when there are none). */
  private Object extra(Map<String, Object> item) {
    Map<String, Object> extra = null;
    for (String name : item.keySet()) {
      if (!namedAttributes.contains(name)) {
        if (extra == null) {
          extra = new LinkedHashMap<>();
        }
        extra.put(name, item.get(name));
      }
    }
    return extra;
  }

  private static Object value(Map<String, Object> item, List<String> path) {
    Object current = item.get(path.get(0));
    for (int step = 1; step < path.size(); step++) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(path.get(step));
    }
    return current;
  }
}
