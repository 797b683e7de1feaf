package io.dynamosql.jdbc.dynamo;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One answer of a Query or Scan: its items (value model) and where the next page starts (empty at
 * the end).
 */
record Page(List<Map<String, Object>> items, Map<String, AttributeValue> lastEvaluatedKey) {

  boolean isLast() {
    return lastEvaluatedKey == null || lastEvaluatedKey.isEmpty();
  }
}
