package io.dynamosql.mcp.sql;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Reads columns of a metadata result set that a driver may or may not provide. */
final class OptionalColumns {

  private final ResultSet rows;
  private final Set<String> labels = new HashSet<>();

  OptionalColumns(ResultSet rows) throws SQLException {
    this.rows = rows;
    ResultSetMetaData meta = rows.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      labels.add(meta.getColumnLabel(i).toUpperCase(Locale.ROOT));
    }
  }

  String string(String label) throws SQLException {
    return labels.contains(label) ? rows.getString(label) : null;
  }

  Long number(String label) throws SQLException {
    if (!labels.contains(label)) {
      return null;
    }
    long value = rows.getLong(label);
    return rows.wasNull() ? null : value;
  }

  /** A timestamp column, or an ISO-8601 string column. */
  Instant instant(String label) throws SQLException {
    if (!labels.contains(label)) {
      return null;
    }
    Object value = rows.getObject(label);
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
