package io.dynamosql.jdbc.dynamo;

import java.sql.SQLException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A sequential Query or Scan, one page at a time: the next request is sent only when every item of
 * the previous page has been taken, so a reader that stops early has paid for what it saw.
 */
final class PagedItemStream extends BufferedItemStream {

  private final PageSource source;
  private Map<String, AttributeValue> nextStart;

  /**
   * @param start where the read begins (empty map: at the beginning)
   */
  PagedItemStream(PageSource source, Map<String, AttributeValue> start) {
    this.source = source;
    this.nextStart = start;
  }

  @Override
  boolean fill() throws SQLException {
    Page page = source.fetch(nextStart);
    buffer(page.items());
    nextStart = page.lastEvaluatedKey();
    return !page.isLast();
  }
}
