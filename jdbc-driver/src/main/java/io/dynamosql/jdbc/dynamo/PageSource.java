package io.dynamosql.jdbc.dynamo;

import java.sql.SQLException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Sends one Query or Scan request starting at a key (empty: at the beginning). */
@FunctionalInterface
interface PageSource {

  Page fetch(Map<String, AttributeValue> exclusiveStartKey) throws SQLException;
}
