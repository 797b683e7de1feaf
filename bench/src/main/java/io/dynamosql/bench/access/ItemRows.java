package io.dynamosql.bench.access;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Consumes DynamoDB items the way the hand-written and PartiQL reads do: every attribute's value as
 * text (what {@code getString} gives on the driver side), the key attributes into the checksum.
 */
public final class ItemRows {

  private final List<String> keyAttributes;

  public ItemRows(List<String> keyAttributes) {
    this.keyAttributes = keyAttributes;
  }

  public void add(Outcome.Builder outcome, Map<String, AttributeValue> item) {
    for (AttributeValue value : item.values()) {
      outcome.value(text(value));
    }
    StringBuilder key = new StringBuilder();
    for (String attribute : keyAttributes) {
      AttributeValue value = item.get(attribute);
      key.append(value == null ? null : text(value)).append('\u0000');
    }
    outcome.row(key.toString());
  }

  /** The scalar text of a value; sets, lists and maps as the SDK prints them. */
  static String text(AttributeValue value) {
    return switch (value.type()) {
      case S -> value.s();
      case N -> value.n();
      case BOOL -> value.bool().toString();
      case NUL -> null;
      default -> value.toString();
    };
  }
}
