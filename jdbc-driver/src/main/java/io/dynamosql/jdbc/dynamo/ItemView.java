package io.dynamosql.jdbc.dynamo;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item DynamoDB returned, seen in the value model: an attribute is converted ({@link
 * AttributeValues#toValue}) when it is read, not before. A row reads each attribute it needs once,
 * so copying every item into a map of converted values first only cost time and garbage. It holds
 * the SDK's own (unmodifiable) map and is unmodifiable too; a DynamoDB NULL is a key mapped to
 * {@code null}, as in {@link AttributeValues#toItem}.
 */
final class ItemView extends AbstractMap<String, Object> {

  private final Map<String, AttributeValue> attributes;

  ItemView(Map<String, AttributeValue> attributes) {
    this.attributes = attributes;
  }

  @Override
  public Object get(Object name) {
    AttributeValue value = attributes.get(name);
    return value == null ? null : AttributeValues.toValue(value);
  }

  @Override
  public boolean containsKey(Object name) {
    return attributes.containsKey(name);
  }

  @Override
  public int size() {
    return attributes.size();
  }

  @Override
  public boolean isEmpty() {
    return attributes.isEmpty();
  }

  @Override
  public Set<String> keySet() {
    return Collections.unmodifiableSet(attributes.keySet());
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    attributes.forEach((name, value) -> action.accept(name, AttributeValues.toValue(value)));
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return attributes.size();
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        Iterator<Entry<String, AttributeValue>> entries = attributes.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return entries.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            Entry<String, AttributeValue> entry = entries.next();
            return new SimpleImmutableEntry<>(
                entry.getKey(), AttributeValues.toValue(entry.getValue()));
          }
        };
      }
    };
  }
}
