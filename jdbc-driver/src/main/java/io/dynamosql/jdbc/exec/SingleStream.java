package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.expr.Exprs;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.Filter;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.Project;
import io.dynamosql.jdbc.plan.physical.BatchGetPath;
import io.dynamosql.jdbc.plan.physical.QueryPath;
import io.dynamosql.jdbc.plan.physical.ScanPath;
import io.dynamosql.jdbc.schema.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan whose rows come, in order and one for one, from a single sequential DynamoDB read: a
 * GetItem, a Query of the table or of an index that projects what is needed, or a one-segment Scan,
 * under nothing but row-wise filters and projections. Only such a plan can continue after a row
 * from the key of that row's item, which DynamoDB accepts as {@code ExclusiveStartKey}.
 *
 * @param read the one read
 * @param keyAttributes the attributes of a continuation key: the table's key, plus the index's for
 *     an index Query
 */
record SingleStream(DynamoRead read, List<String> keyAttributes) {

  SingleStream {
    keyAttributes = List.copyOf(keyAttributes);
  }

  /** The plan's single stream, or empty when its rows are not those of one sequential read. */
  static Optional<SingleStream> of(LogicalPlan plan) {
    LogicalPlan node = plan;
    while (node instanceof Project || node instanceof Filter) {
      // A subquery reads other tables on every execution: not one stream.
      if (node.expressions().stream().anyMatch(Exprs::hasSubquery)) {
        return Optional.empty();
      }
      node = node.inputs().get(0);
    }
    if (!(node instanceof DynamoRead read)
        || read.limit() >= 0
        || read.expressions().stream().anyMatch(Exprs::hasSubquery)) {
      return Optional.empty();
    }
    List<String> keys = new ArrayList<>();
    add(read.scan().table().primaryKey(), keys);
    if (read.path() instanceof QueryPath query) {
      if (query.fetchFromTable()) {
        // Rows come from BatchGetItem calls over batches of index keys, not from one stream.
        return Optional.empty();
      }
      if (query.onIndex()) {
        add(query.index(), keys);
      }
    } else if (read.path() instanceof ScanPath scan) {
      if (scan.segments() != 1) {
        return Optional.empty();
      }
    } else if (read.path() instanceof BatchGetPath batch && batch.keys().isEmpty()) {
      // The keys come from the outer rows of a lookup join.
      return Optional.empty();
    }
    return Optional.of(new SingleStream(read, keys));
  }

  private static void add(IndexSchema index, List<String> keys) {
    if (!keys.contains(index.partitionKey())) {
      keys.add(index.partitionKey());
    }
    index.sortKey().filter(sk -> !keys.contains(sk)).ifPresent(keys::add);
  }
}
