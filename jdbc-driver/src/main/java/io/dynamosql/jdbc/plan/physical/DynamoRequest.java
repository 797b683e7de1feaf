package io.dynamosql.jdbc.plan.physical;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expression strings of one {@link DynamoRead}: key condition (Query), FilterExpression and
 * ProjectionExpression, over the placeholders of {@link #text()}. For a Query over several
 * partitions the partition value is {@link #PARTITION_VALUE}, set per partition.
 */
public record DynamoRequest(
    Optional<String> keyCondition,
    Optional<String> filter,
    Optional<String> projection,
    Optional<String> projectionWithoutKeys,
    ExpressionText text) {

  /** The placeholder of the partition key value in a key condition. */
  public static final String PARTITION_VALUE = ":pk";

  public static DynamoRequest of(DynamoRead read) {
    ExpressionText text = new ExpressionText();
    Optional<String> key = Optional.empty();
    if (read.path() instanceof QueryPath query) {
      key = Optional.of(keyCondition(query, text));
    }
    Optional<String> filter = Optional.empty();
    if (!read.pushed().isEmpty()
        && !(read.path() instanceof GetItemPath)
        && !(read.path() instanceof BatchGetPath)) {
      List<String> parts = new ArrayList<>();
      for (Expr conjunct : read.pushed()) {
        parts.add(FilterTranslation.emit(conjunct, read.scan(), text));
      }
      filter = Optional.of(String.join(" AND ", parts));
    }
    return new DynamoRequest(
        key, filter, projection(read, text, true), projection(read, text, false), text);
  }

  private static String keyCondition(QueryPath query, ExpressionText text) {
    String condition =
        text.name(query.partitionKey().attributePath().get(0)) + " = " + PARTITION_VALUE;
    if (query.sort().isPresent()) {
      SortCondition sort = query.sort().get();
      String name = text.name(sort.attribute());
      condition +=
          " AND "
              + switch (sort.kind()) {
                case BETWEEN ->
                    name
                        + " BETWEEN "
                        + text.value(sort.value())
                        + " AND "
                        + text.value(sort.upper());
                case BEGINS_WITH -> "begins_with(" + name + ", " + text.value(sort.value()) + ")";
                default -> name + " " + sort.kind().symbol() + " " + text.value(sort.value());
              };
    }
    return condition;
  }

  /**
   * Only the needed attributes; nothing when every attribute is needed (the catch-all column).
   * Without keys for BatchGetItem, whose reader adds the key attributes itself.
   */
  private static Optional<String> projection(
      DynamoRead read, ExpressionText text, boolean withKeys) {
    List<ColumnSchema> columns = read.scan().table().columns();
    List<List<String>> paths = new ArrayList<>();
    for (int i = read.needed().nextSetBit(0); i >= 0; i = read.needed().nextSetBit(i + 1)) {
      if (columns.get(i).isCatchAll()) {
        return Optional.empty();
      }
      paths.add(columns.get(i).attributePath());
    }
    IndexSchema primary = read.scan().table().primaryKey();
    List<List<String>> keys = new ArrayList<>();
    keys.add(List.of(primary.partitionKey()));
    primary.sortKey().ifPresent(sk -> keys.add(List.of(sk)));
    if (withKeys) {
      paths.addAll(keys);
      if (read.path() instanceof QueryPath query && query.onIndex()) {
        // An index item's key (with the table's) is where a continuation resumes.
        paths.add(List.of(query.index().partitionKey()));
        query.index().sortKey().ifPresent(sk -> paths.add(List.of(sk)));
      }
    } else {
      paths.removeAll(keys);
      if (paths.isEmpty()) {
        return Optional.empty();
      }
    }
    List<List<String>> kept = new ArrayList<>();
    for (List<String> path : paths) {
      boolean covered =
          paths.stream()
              .anyMatch(
                  other ->
                      other.size() < path.size() && path.subList(0, other.size()).equals(other));
      if (!covered && !kept.contains(path)) {
        kept.add(path);
      }
    }
    List<String> rendered = new ArrayList<>();
    for (List<String> path : kept) {
      rendered.add(text.path(path));
    }
    return Optional.of(String.join(", ", rendered));
  }

  /** The whole request in readable form, for EXPLAIN. */
  public String describe(DynamoRead read) {
    List<String> parts = new ArrayList<>();
    keyCondition.ifPresent(
        k -> parts.add("key: " + text.render(k).replace(PARTITION_VALUE, partitionText(read))));
    if (read.path() instanceof GetItemPath get) {
      parts.add("key: " + keyText(get.key()));
    }
    if (read.path() instanceof BatchGetPath batch) {
      parts.add(
          batch.keys().isEmpty()
              ? "keys: from the outer rows"
              : "keys: "
                  + String.join("; ", batch.keys().stream().map(DynamoRequest::keyText).toList()));
    }
    filter.ifPresent(f -> parts.add("filter: " + text.render(f)));
    if (!read.residual().isEmpty()) {
      parts.add("local filter: " + Logical.and(read.residual()).sql());
    }
    parts.add("projection: " + projection.map(text::render).orElse("all attributes"));
    if (read.limit() >= 0) {
      parts.add("limit: " + read.limit());
    }
    if (read.path() instanceof QueryPath query && !query.forward()) {
      parts.add("descending (ScanIndexForward=false)");
    }
    return String.join(" | ", parts);
  }

  private static String partitionText(DynamoRead read) {
    QueryPath query = (QueryPath) read.path();
    List<String> values =
        query.partitionValues().stream()
            .map(v -> v instanceof SubqueryExpr ? "each value of the subquery" : v.sql())
            .toList();
    return values.isEmpty()
        ? "each outer row's key"
        : values.size() == 1 ? values.get(0) : "each of (" + String.join(", ", values) + ")";
  }

  private static String keyText(List<KeyValue> key) {
    return String.join(
        " AND ",
        key.stream()
            .map(
                k ->
                    k.attribute()
                        + (k.value() instanceof SubqueryExpr
                            ? " IN (subquery)"
                            : " = " + k.value().sql()))
            .toList());
  }
}
