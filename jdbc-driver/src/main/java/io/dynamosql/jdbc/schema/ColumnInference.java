package io.dynamosql.jdbc.schema;

import io.dynamosql.jdbc.dynamo.TableDescription;
import io.dynamosql.jdbc.type.SqlType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Infers a table's columns from DescribeTable and a sample of its items.
 *
 * <p>Order: the partition key, then the sort key (NOT NULL, typed from the key schema: S → VARCHAR,
 * B → VARBINARY, N → BIGINT or DECIMAL by the sampled values); then every other attribute sorted by
 * name (case-insensitively, then exactly), so that the order is stable across refreshes and does
 * not depend on how often an attribute was sampled; then the catch-all column {@value #CATCH_ALL}.
 * Attributes declared only as index keys are included even when no sampled item holds them. Types
 * follow {@link TypeWidening}.
 *
 * <p>Nested maps: an attribute with map values is a JSON column, followed by one column per key
 * seen in its maps (recursively, {@value #MAX_PATH_DEPTH} levels deep), named by {@link
 * AttributePaths#columnName}: {@code address.city}, {@code address.geo.lat}. A top-level attribute
 * whose own name contains a dot ({@code loyalty.points}) is a single column of that exact name; if
 * it ever equals a path column's name, the top-level attribute wins and the path column is left
 * out.
 *
 * <p>The catch-all column {@value #CATCH_ALL} (JSON, {@link ColumnSchema#attributePath()} empty)
 * holds, per item, a map of the attributes that no other column names: attributes too rare to be in
 * the sample are never lost.
 */
public final class ColumnInference {

  /** The catch-all column: the item's attributes that no other column names, as a JSON map. */
  public static final String CATCH_ALL = "_extra";

  /** Path columns are made for maps nested up to this many levels (address.geo.lat is 3). */
  static final int MAX_PATH_DEPTH = 3;

  private ColumnInference() {}

  /**
   * @param overrides column name → SQL type, from a mapping file
   */
  public static List<ColumnSchema> infer(
      TableDescription table, List<Map<String, Object>> items, Map<String, SqlType> overrides) {
    Map<String, AttributeStats> stats = new TreeMap<>();
    for (Map<String, Object> item : items) {
      AttributeStats.recordAll(stats, item);
    }
    List<Draft> drafts = new ArrayList<>();
    drafts.add(key(table, table.partitionKey(), KeyRole.PARTITION_KEY, stats));
    table.sortKey().ifPresent(sk -> drafts.add(key(table, sk, KeyRole.SORT_KEY, stats)));
    Set<String> keys = new HashSet<>();
    drafts.forEach(d -> keys.add(d.name));

    Map<String, AttributeStats> others = new TreeMap<>(BY_NAME);
    stats.forEach((name, s) -> others.put(name, s));
    table.attributeTypes().keySet().stream()
        .filter(name -> !stats.containsKey(name))
        .forEach(name -> others.put(name, null));
    Set<String> topLevel = new HashSet<>(others.keySet());
    for (Map.Entry<String, AttributeStats> entry : others.entrySet()) {
      String name = entry.getKey();
      if (keys.contains(name)) {
        continue;
      }
      if (entry.getValue() == null) {
        drafts.add(declaredOnly(table, name));
      } else {
        addAttribute(drafts, List.of(name), entry.getValue(), items.size(), topLevel);
      }
    }
    drafts.add(
        new Draft(
            CATCH_ALL,
            List.of(),
            SqlType.JSON,
            AttributeType.M.name(),
            true,
            KeyRole.NONE,
            "Catch-all: a JSON map of the item's attributes that no other column names"));
    return number(drafts, overrides);
  }

  private static final Comparator<String> BY_NAME =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  private static Draft key(
      TableDescription table, String name, KeyRole role, Map<String, AttributeStats> stats) {
    String declared = table.attributeTypes().getOrDefault(name, AttributeType.S.name());
    AttributeStats seen = stats.get(name);
    boolean integral = seen != null && seen.integral();
    SqlType type = TypeWidening.widen(EnumSet.of(AttributeType.valueOf(declared)), integral);
    String roleText = role == KeyRole.PARTITION_KEY ? "partition key" : "sort key";
    return new Draft(
        name, List.of(name), type, declared, false, role, "DynamoDB " + declared + "; " + roleText);
  }

  private static Draft declaredOnly(TableDescription table, String name) {
    String declared = table.attributeTypes().get(name);
    SqlType type = TypeWidening.widen(EnumSet.of(AttributeType.valueOf(declared)), false);
    return new Draft(
        name,
        List.of(name),
        type,
        declared,
        true,
        KeyRole.NONE,
        "DynamoDB " + declared + "; index key attribute, not in the sampled items");
  }

  private static void addAttribute(
      List<Draft> drafts,
      List<String> path,
      AttributeStats stats,
      int sampled,
      Set<String> topLevel) {
    String name = AttributePaths.columnName(path);
    if (path.size() > 1 && topLevel.contains(name)) {
      return;
    }
    SqlType type = TypeWidening.widen(stats.counts().keySet(), stats.integral());
    drafts.add(
        new Draft(
            name,
            path,
            type,
            stats.dynamoTypes(),
            true,
            KeyRole.NONE,
            remarks(path, stats, type, sampled)));
    if (stats.sawMap() && path.size() <= MAX_PATH_DEPTH - 1) {
      for (Map.Entry<String, AttributeStats> child : stats.children().entrySet()) {
        List<String> childPath = new ArrayList<>(path);
        childPath.add(child.getKey());
        addAttribute(drafts, childPath, child.getValue(), sampled, topLevel);
      }
    }
  }

  private static String remarks(
      List<String> path, AttributeStats stats, SqlType type, int sampled) {
    StringBuilder text = new StringBuilder("DynamoDB ").append(stats.dynamoTypes());
    if (path.size() > 1) {
      text.append("; path ")
          .append(String.join(" > ", path))
          .append(" inside map attribute ")
          .append(path.get(0));
    }
    if (type == SqlType.VARIANT) {
      text.append("; mixed types (");
      List<String> parts = new ArrayList<>();
      stats.counts().forEach((t, n) -> parts.add(t.name() + " in " + n));
      text.append(String.join(", ", parts)).append(")");
    }
    if (path.size() == 1) {
      text.append("; in ").append(stats.present()).append(" of ").append(sampled);
      text.append(" sampled items");
    }
    return text.toString();
  }

  private static List<ColumnSchema> number(List<Draft> drafts, Map<String, SqlType> overrides) {
    List<ColumnSchema> columns = new ArrayList<>();
    for (Draft d : drafts) {
      Optional<SqlType> override = Optional.ofNullable(overrides.get(d.name));
      columns.add(
          new ColumnSchema(
              d.name,
              d.path,
              override.orElse(d.type),
              d.dynamoType,
              d.nullable,
              d.role,
              columns.size() + 1,
              override.isPresent()
                  ? d.remarks
                      + "; type set by the mapping file (inferred "
                      + d.type.typeName()
                      + ")"
                  : d.remarks));
    }
    return columns;
  }

  /** A column before its ordinal is known. */
  private record Draft(
      String name,
      List<String> path,
      SqlType type,
      String dynamoType,
      boolean nullable,
      KeyRole role,
      String remarks) {}
}
