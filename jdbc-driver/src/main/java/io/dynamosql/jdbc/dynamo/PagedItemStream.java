package io.dynamosql.jdbc.dynamo;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A sequential Query or Scan, one page at a time: the next request is sent only when every item of
 * the previous page has been taken, so a reader that stops early has paid for what it saw.
 */
final class PagedItemStream extends BufferedItemStream {

  private final PageSource source;
  private final Supplier<List<String>> keyAttributes;
  private Map<String, AttributeValue> nextStart;
  private Map<String, AttributeValue> pageStart;
  private Map<String, Object> lastReturned;

  /**
   * @param start where the read begins (empty map: at the beginning)
   * @param keyAttributes the attributes of a continuation key (table key, plus the index key for an
   *     index read), asked only when a page is left half-read
   */
  PagedItemStream(
      PageSource source,
      Map<String, AttributeValue> start,
      ReadTally tally,
      Supplier<List<String>> keyAttributes) {
    super(tally);
    this.source = source;
    this.nextStart = start;
    this.keyAttributes = keyAttributes;
  }

  @Override
  boolean fill() throws SQLException {
    pageStart = nextStart;
    Page page = source.fetch(nextStart);
    buffer(page.items());
    nextStart = page.lastEvaluatedKey();
    return !page.isLast();
  }

  @Override
  void taken(Map<String, Object> item) {
    lastReturned = item;
  }

  @Override
  public Optional<Map<String, Object>> resumeKey() {
    if (!buffered()) {
      return exhausted() ? Optional.empty() : keyOf(nextStart);
    }
    if (lastReturned == null) {
      return keyOf(pageStart);
    }
    Map<String, Object> key = new LinkedHashMap<>();
    for (String attribute : keyAttributes.get()) {
      if (lastReturned.get(attribute) == null) {
        // The projection left a key attribute out: there is no exact place to resume from.
        return Optional.empty();
      }
      key.put(attribute, lastReturned.get(attribute));
    }
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }

  private static Optional<Map<String, Object>> keyOf(Map<String, AttributeValue> key) {
    return key == null || key.isEmpty()
        ? Optional.empty()
        : Optional.of(AttributeValues.toItem(key));
  }
}
