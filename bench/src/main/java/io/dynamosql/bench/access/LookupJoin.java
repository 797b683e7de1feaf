package io.dynamosql.bench.access;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A join whose outer side is one index partition and whose inner side is fetched by key.
 *
 * @param outerAttributes attributes the outer side needs (join attribute included)
 * @param joinAttribute the outer attribute that is the inner table's hash key (same name)
 * @param innerAttributes attributes the inner side needs (join attribute included)
 */
public record LookupJoin(
    String outerTable,
    String outerIndex,
    String outerHashKey,
    AttributeValue outerValue,
    List<String> outerAttributes,
    String joinAttribute,
    String innerTable,
    List<String> innerAttributes) {

  /** A ProjectionExpression of placeholders ({@code #p0, #p1}): names may be reserved words. */
  static String projection(List<String> attributes) {
    return IntStream.range(0, attributes.size())
        .mapToObj(i -> "#p" + i)
        .collect(Collectors.joining(", "));
  }

  static Map<String, String> names(List<String> attributes) {
    return IntStream.range(0, attributes.size())
        .boxed()
        .collect(Collectors.toMap(i -> "#p" + i, attributes::get));
  }
}
