package io.dynamosql.jdbc.dynamo;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads items. Every method is lazy where DynamoDB pages: a stream fetches its next page only when
 * the caller has consumed the previous one, so a ResultSet read halfway reads half the items. Items
 * come back in the value model of {@link io.dynamosql.jdbc.type}.
 */
public interface ItemReader {

  /** GetItem: at most one item. */
  Optional<Map<String, Object>> getItem(GetItemRead read, ReadControl control) throws SQLException;

  /**
   * BatchGetItem in calls of 100 keys, retrying unprocessed keys with backoff. Items come back in
   * the order of {@code read.keys()}; keys without an item are skipped.
   */
  ItemStream batchGet(BatchGetRead read, ReadControl control) throws SQLException;

  /** Query on the table or one of its indexes. */
  ItemStream query(QueryRead read, ReadControl control) throws SQLException;

  /** Scan, in {@code read.segments()} parallel segments when more than one. */
  ItemStream scan(ScanRead read, ReadControl control) throws SQLException;
}
