package io.dynamosql.jdbc.schema;

import java.util.List;
import java.util.Optional;

/**
 * A key structure of a table: its primary key or a secondary index.
 *
 * @param name the index name ({@code PRIMARY} for the table's own key)
 * @param partitionKey the hash key attribute
 * @param sortKey the range key attribute, if any
 * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE} (always {@code ALL} for
 *     PRIMARY)
 * @param projectedAttributes for {@code INCLUDE}: the non-key attributes the index carries
 */
public record IndexSchema(
    String name,
    IndexType type,
    String partitionKey,
    Optional<String> sortKey,
    String projection,
    List<String> projectedAttributes) {

  public static final String PRIMARY = "PRIMARY";

  public IndexSchema {
    projectedAttributes = List.copyOf(projectedAttributes);
  }
}
