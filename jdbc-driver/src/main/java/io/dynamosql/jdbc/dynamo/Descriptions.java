package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.schema.IndexType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/** Turns the SDK's DescribeTable answer into a {@link TableDescription} without SDK types. */
final class Descriptions {

  private Descriptions() {}

  static TableDescription of(software.amazon.awssdk.services.dynamodb.model.TableDescription t) {
    Map<String, String> types = new LinkedHashMap<>();
    for (AttributeDefinition definition : t.attributeDefinitions()) {
      types.put(definition.attributeName(), definition.attributeTypeAsString());
    }
    List<SecondaryIndexDescription> indexes = new ArrayList<>();
    for (GlobalSecondaryIndexDescription gsi : t.globalSecondaryIndexes()) {
      indexes.add(
          index(
              gsi.indexName(),
              IndexType.GSI,
              gsi.keySchema(),
              gsi.projection(),
              gsi.indexStatusAsString() == null ? "ACTIVE" : gsi.indexStatusAsString()));
    }
    for (LocalSecondaryIndexDescription lsi : t.localSecondaryIndexes()) {
      indexes.add(
          index(lsi.indexName(), IndexType.LSI, lsi.keySchema(), lsi.projection(), "ACTIVE"));
    }
    return new TableDescription(
        t.tableName(),
        t.tableStatusAsString(),
        key(t.keySchema(), KeyType.HASH).orElseThrow(),
        key(t.keySchema(), KeyType.RANGE),
        types,
        indexes,
        t.itemCount() == null ? -1 : t.itemCount(),
        t.tableSizeBytes() == null ? -1 : t.tableSizeBytes(),
        Optional.ofNullable(t.creationDateTime()));
  }

  private static SecondaryIndexDescription index(
      String name,
      IndexType type,
      List<KeySchemaElement> keys,
      Projection projection,
      String status) {
    return new SecondaryIndexDescription(
        name,
        type,
        key(keys, KeyType.HASH).orElseThrow(),
        key(keys, KeyType.RANGE),
        projection == null || projection.projectionTypeAsString() == null
            ? "ALL"
            : projection.projectionTypeAsString(),
        projection == null ? List.of() : projection.nonKeyAttributes(),
        status);
  }

  private static Optional<String> key(List<KeySchemaElement> keys, KeyType type) {
    return keys.stream()
        .filter(k -> k.keyType() == type)
        .map(KeySchemaElement::attributeName)
        .findFirst();
  }
}
