package io.dynamosql.jdbc.hostile;

import io.dynamosql.fixture.DemoDataset;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Counts over the demo dataset that hostile statements are checked against. */
final class DemoFacts {

  /** The tail of a key lookup that answers exactly one row: customer c001. */
  static final String ONE_ROW = " FROM customers WHERE customer_id = 'c001'";

  private final DemoDataset data = DemoDataset.create();

  int size(String table) {
    return data.items(table).size();
  }

  /** The string values of one attribute, null where the item lacks it. */
  List<String> strings(String table, String attribute) {
    return values(table, attribute, AttributeValue::s);
  }

  List<BigDecimal> numbers(String table, String attribute) {
    return values(table, attribute, v -> v.n() == null ? null : new BigDecimal(v.n()));
  }

  /** Items of {@code table} whose string {@code attribute} matches the LIKE {@code pattern}. */
  long likeCount(String table, String attribute, String pattern) {
    Pattern regex = likeRegex(pattern);
    return strings(table, attribute).stream()
        .filter(Objects::nonNull)
        .filter(s -> regex.matcher(s).matches())
        .count();
  }

  /** A LIKE pattern without ESCAPE as a regular expression: % any run, _ one character. */
  static Pattern likeRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' || c == '_') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(c == '%' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private <T> List<T> values(String table, String attribute, Function<AttributeValue, T> value) {
    return data.items(table).stream()
        .map((Map<String, AttributeValue> item) -> item.get(attribute))
        .map(v -> v == null ? null : value.apply(v))
        .toList();
  }
}
