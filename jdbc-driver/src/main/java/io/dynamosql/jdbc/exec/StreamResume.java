package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.physical.GetItemPath;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One execution's place in its {@link SingleStream}: where it started (a token's position) and the
 * item of the last row it returned, from which the token of that row is made on demand.
 */
final class StreamResume {

  private final SingleStream stream;
  private final byte[] identity;
  private final ReadPosition start;
  private int partition;
  private Map<String, Object> lastItem;

  /**
   * @param start the position to continue from, or null to read from the beginning
   */
  StreamResume(SingleStream stream, byte[] identity, ReadPosition start) {
    this.stream = stream;
    this.identity = identity;
    this.start = start;
  }

  DynamoRead read() {
    return stream.read();
  }

  Optional<ReadPosition> start() {
    return Optional.ofNullable(start);
  }

  /** The read handed out a row of {@code item}, from the {@code partition}-th partition. */
  void returned(int partition, Map<String, Object> item) {
    this.partition = partition;
    this.lastItem = item;
  }

  /** The token that continues after the last row returned; null before any row. */
  String token() {
    if (lastItem == null) {
      return null;
    }
    if (stream.read().path() instanceof GetItemPath) {
      return ResumeTokens.encode(identity, ReadPosition.FINISHED);
    }
    Map<String, Object> key = new LinkedHashMap<>();
    for (String attribute : stream.keyAttributes()) {
      Object value = lastItem.get(attribute);
      if (!(value instanceof String || value instanceof BigDecimal || value instanceof byte[])) {
        // The projection always carries the key attributes; a key is never anything else.
        throw new IllegalStateException("item without key attribute " + attribute);
      }
      key.put(attribute, value);
    }
    return ResumeTokens.encode(identity, new ReadPosition(partition, key));
  }
}
