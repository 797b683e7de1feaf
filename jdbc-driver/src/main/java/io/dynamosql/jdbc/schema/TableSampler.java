package io.dynamosql.jdbc.schema;

import io.dynamosql.jdbc.dynamo.SecondaryIndexDescription;
import io.dynamosql.jdbc.dynamo.TableDescription;
import io.dynamosql.jdbc.dynamo.TableDirectory;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Describes one DynamoDB table as SQL sees it: DescribeTable for keys and indexes, a sample of
 * items spread over the whole table for the other columns.
 *
 * <p>The sample is a parallel Scan: {@code segments = clamp(ceil(sampleSize / 64), 1, 16)} segments
 * each read up to {@code ceil(sampleSize / segments)} items from their own part of the key space,
 * so a sample of 1000 items comes from 16 places across the table rather than from its first page.
 */
final class TableSampler {

  static final int MAX_SEGMENTS = 16;
  static final int ITEMS_PER_SEGMENT_TARGET = 64;

  private final TableDirectory directory;
  private final int sampleSize;

  TableSampler(TableDirectory directory, int sampleSize) {
    this.directory = directory;
    this.sampleSize = sampleSize;
  }

  /** A described and sampled DynamoDB table, before it is named in a schema. */
  record Sampled(TableDescription description, List<Map<String, Object>> items, Instant at) {}

  Sampled sample(String physicalTable) throws SQLException {
    TableDescription description = directory.describe(physicalTable);
    int segments =
        Math.max(
            1,
            Math.min(
                MAX_SEGMENTS,
                (sampleSize + ITEMS_PER_SEGMENT_TARGET - 1) / ITEMS_PER_SEGMENT_TARGET));
    int perSegment = (sampleSize + segments - 1) / segments;
    List<Map<String, Object>> items = directory.sample(physicalTable, perSegment, segments);
    return new Sampled(description, items, Instant.now());
  }

  /** The table as a TABLE of a schema. */
  static TableSchema table(
      String schema, String sqlName, Sampled sampled, Map<String, SqlType> overrides) {
    return build(
        schema, sqlName, TableKind.TABLE, Optional.empty(), sampled, sampled.items(), overrides);
  }

  /**
   * An entity view: its columns come from the sampled items whose sort key begins with the prefix.
   */
  static TableSchema view(
      String schema,
      String sqlName,
      String sortKeyPrefix,
      Sampled sampled,
      Map<String, SqlType> overrides) {
    String sortKey = sampled.description().sortKey().orElseThrow();
    List<Map<String, Object>> items =
        sampled.items().stream()
            .filter(i -> i.get(sortKey) instanceof String s && s.startsWith(sortKeyPrefix))
            .toList();
    return build(
        schema, sqlName, TableKind.VIEW, Optional.of(sortKeyPrefix), sampled, items, overrides);
  }

  private static TableSchema build(
      String schema,
      String sqlName,
      TableKind kind,
      Optional<String> sortKeyPrefix,
      Sampled sampled,
      List<Map<String, Object>> items,
      Map<String, SqlType> overrides) {
    TableDescription d = sampled.description();
    return new TableSchema(
        schema,
        sqlName,
        d.name(),
        kind,
        sortKeyPrefix,
        ColumnInference.infer(d, items, overrides),
        indexes(d),
        d.itemCount() >= 0 ? OptionalLong.of(d.itemCount()) : OptionalLong.empty(),
        d.status(),
        sampled.at());
  }

  private static List<IndexSchema> indexes(TableDescription d) {
    List<IndexSchema> indexes = new ArrayList<>();
    indexes.add(
        new IndexSchema(
            IndexSchema.PRIMARY,
            IndexType.PRIMARY,
            d.partitionKey(),
            d.sortKey(),
            "ALL",
            List.of()));
    for (SecondaryIndexDescription index : d.indexes()) {
      indexes.add(
          new IndexSchema(
              index.name(),
              index.type(),
              index.partitionKey(),
              index.sortKey(),
              index.projection(),
              index.nonKeyAttributes()));
    }
    return indexes;
  }
}
