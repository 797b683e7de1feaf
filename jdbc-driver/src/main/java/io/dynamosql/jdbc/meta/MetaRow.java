package io.dynamosql.jdbc.meta;

import java.util.HashMap;
import java.util.Map;

/** One metadata row being filled by column name; a column never set is NULL. */
final class MetaRow {

  private final Map<String, Object> values = new HashMap<>();

  static MetaRow row() {
    return new MetaRow();
  }

  MetaRow with(String column, Object value) {
    if (value != null) {
      values.put(column, value);
    }
    return this;
  }

  Map<String, Object> values() {
    return values;
  }
}
