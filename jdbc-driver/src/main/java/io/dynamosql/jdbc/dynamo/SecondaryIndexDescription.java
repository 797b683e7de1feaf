package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.schema.IndexType;
import java.util.List;
import java.util.Optional;

/**
 * A GSI or LSI as DescribeTable reports it.
 *
 * @param type {@link IndexType#GSI} or {@link IndexType#LSI}
 * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
 * @param nonKeyAttributes for {@code INCLUDE}: the projected non-key attributes
 * @param status the index status (ACTIVE, CREATING, ...); LSIs are always ACTIVE
 */
public record SecondaryIndexDescription(
    String name,
    IndexType type,
    String partitionKey,
    Optional<String> sortKey,
    String projection,
    List<String> nonKeyAttributes,
    String status) {

  public SecondaryIndexDescription {
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
  }
}
