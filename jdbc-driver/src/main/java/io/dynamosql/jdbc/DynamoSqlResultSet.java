package io.dynamosql.jdbc;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.result.RowCursor;
import io.dynamosql.jdbc.type.ObjectConversions;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import io.dynamosql.jdbc.type.TemporalConversions;
import io.dynamosql.jdbc.type.ValueConversions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * The driver's one {@link java.sql.ResultSet}: forward-only and read-only over a {@link RowCursor}.
 * Query results and metadata results alike are built with {@code new DynamoSqlResultSet(Statement
 * owner, RowCursor cursor)}; {@code owner} is the statement that produced it, or null for metadata
 * result sets. Closing the result set closes the cursor (that is where an owner hooks in to learn
 * that its result is done).
 *
 * <p>Getters convert as {@link ValueConversions}, {@link TemporalConversions} and {@link
 * ObjectConversions} document: {@code getString} works on every value (L, M and sets as JSON text,
 * binary as base64), the numeric getters work on N and on numeric strings, the date/time getters on
 * ISO-8601 strings and epoch numbers (seconds below 10^11, milliseconds above). {@code getObject}
 * returns the natural Java type of the column's {@link SqlType}; sets come back as {@link
 * DynamoSqlArray}. A failed conversion is a {@link SQLDataException} 22018 quoting the value.
 */
public final class DynamoSqlResultSet extends ReadOnlyResultSet implements ExecutionReport {

  private final Statement owner;
  private final RowCursor cursor;
  private final Supplier<List<String>> plan;
  private final List<ResultColumn> columns;
  private final Map<String, Integer> indexByLabel = new HashMap<>();
  private Object[] row;
  private Object[] lookahead;
  private String rowToken;
  private boolean exhausted;
  private int rowNumber;
  private boolean lastWasNull;
  private boolean closed;
  private int fetchSize;
  private int clearedWarnings;

  public DynamoSqlResultSet(Statement owner, RowCursor cursor) {
    this(owner, cursor, List::of);
  }

  /**
   * @param plan the plan of the query behind {@code cursor}, as {@link ExecutionReport#plan()}
   *     (rendered only when asked)
   */
  DynamoSqlResultSet(Statement owner, RowCursor cursor, Supplier<List<String>> plan) {
    this.owner = owner;
    this.cursor = cursor;
    this.plan = plan;
    this.columns = cursor.columns();
    // JDBC: when several columns share a label, findColumn returns the first one.
    for (int i = columns.size() - 1; i >= 0; i--) {
      indexByLabel.put(columns.get(i).label().toLowerCase(Locale.ROOT), i + 1);
    }
  }

  @Override
  void checkOpen() throws SQLException {
    if (closed) {
      throw SqlState.OBJECT_CLOSED.exception("The result set is closed");
    }
  }

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    rowToken = null;
    if (lookahead != null) {
      row = lookahead;
      lookahead = null;
    } else {
      row = exhausted ? null : cursor.next();
    }
    if (row == null) {
      exhausted = true;
      return false;
    }
    rowNumber++;
    return true;
  }

  private boolean peek() throws SQLException {
    if (lookahead == null && !exhausted) {
      // The cursor moves on to the next row: keep the current row's position first.
      rowToken = cursor.resumeToken();
      lookahead = cursor.next();
      exhausted = lookahead == null;
    }
    return lookahead != null;
  }

  /**
   * The resume token of the current row: set it with {@link Statement#setCursorName} on a statement
   * before executing the same SQL with the same parameters again, and that execution continues
   * right after this row without reading again what came before it. Null when the query's plan is
   * not one sequential DynamoDB read (see the driver's limitations).
   *
   * @throws SQLException 24000 when there is no current row
   */
  @Override
  public String getCursorName() throws SQLException {
    checkOpen();
    if (row == null) {
      throw SqlState.INVALID_CURSOR_STATE.exception(
          "getCursorName names the position of the current row; there is none (call next()"
              + " first)");
    }
    return lookahead != null ? rowToken : cursor.resumeToken();
  }

  @Override
  public List<String> plan() {
    return plan.get();
  }

  @Override
  public long itemsRead() {
    return cursor.itemsRead();
  }

  @Override
  public void close() throws SQLException {
    if (!closed) {
      closed = true;
      row = null;
      lookahead = null;
      cursor.close();
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    return lastWasNull;
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    checkOpen();
    Integer index =
        columnLabel == null ? null : indexByLabel.get(columnLabel.toLowerCase(Locale.ROOT));
    if (index == null) {
      throw SqlState.COLUMN_NOT_FOUND.exception(
          "No column labelled '" + Excerpt.of(columnLabel) + "' in this result set");
    }
    return index;
  }

  /** The value of a column of the current row, recording whether it is SQL NULL. */
  private Object value(int columnIndex) throws SQLException {
    checkOpen();
    if (row == null) {
      throw SqlState.INVALID_CURSOR_STATE.exception(
          rowNumber == 0 ? "next() has not been called yet" : "There is no current row");
    }
    if (columnIndex < 1 || columnIndex > columns.size()) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Column index " + columnIndex + " is out of range 1.." + columns.size());
    }
    Object value = row[columnIndex - 1];
    lastWasNull = value == null;
    return value;
  }

  private SqlType type(int columnIndex) {
    return columns.get(columnIndex - 1).type();
  }

  @Override
  public String getString(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? null : ValueConversions.toText(value);
  }

  @Override
  public String getNString(int columnIndex) throws SQLException {
    return getString(columnIndex);
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value != null && ValueConversions.toBoolean(value);
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? 0 : ValueConversions.toByte(value);
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? 0 : ValueConversions.toShort(value);
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? 0 : ValueConversions.toInt(value);
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? 0 : ValueConversions.toLong(value);
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? 0 : ValueConversions.toFloat(value);
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? 0 : ValueConversions.toDouble(value);
  }

  @Override
  public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? null : ValueConversions.toBigDecimal(value);
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
    BigDecimal value = getBigDecimal(columnIndex);
    return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    return value == null ? null : ValueConversions.toBytes(value);
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    return getDate(columnIndex, null);
  }

  @Override
  public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
    Object value = value(columnIndex);
    if (value == null) {
      return null;
    }
    ZoneId zone = zone(calendar);
    LocalDate date = TemporalConversions.toLocalDate(value, zone);
    return new Date(date.atStartOfDay(zone).toInstant().toEpochMilli());
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    return getTime(columnIndex, null);
  }

  @Override
  public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
    Object value = value(columnIndex);
    if (value == null) {
      return null;
    }
    ZoneId zone = zone(calendar);
    return new Time(
        TemporalConversions.toLocalTime(value, zone)
            .atDate(LocalDate.EPOCH)
            .atZone(zone)
            .toInstant()
            .toEpochMilli());
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    return getTimestamp(columnIndex, null);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
    Object value = value(columnIndex);
    return value == null
        ? null
        : Timestamp.from(TemporalConversions.toInstant(value, zone(calendar)));
  }

  private static ZoneId zone(Calendar calendar) {
    return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
  }

  @Override
  public InputStream getAsciiStream(int columnIndex) throws SQLException {
    String text = getString(columnIndex);
    return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int columnIndex) throws SQLException {
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "getUnicodeStream is deprecated; use getCharacterStream");
  }

  @Override
  public InputStream getBinaryStream(int columnIndex) throws SQLException {
    byte[] bytes = getBytes(columnIndex);
    return bytes == null ? null : new ByteArrayInputStream(bytes);
  }

  @Override
  public Reader getCharacterStream(int columnIndex) throws SQLException {
    String text = getString(columnIndex);
    return text == null ? null : new StringReader(text);
  }

  @Override
  public Reader getNCharacterStream(int columnIndex) throws SQLException {
    return getCharacterStream(columnIndex);
  }

  @Override
  public Blob getBlob(int columnIndex) throws SQLException {
    byte[] bytes = getBytes(columnIndex);
    return bytes == null ? null : new SerialBlob(bytes);
  }

  @Override
  public Clob getClob(int columnIndex) throws SQLException {
    String text = getString(columnIndex);
    return text == null ? null : new SerialClob(text.toCharArray());
  }

  @Override
  public NClob getNClob(int columnIndex) throws SQLException {
    throw SqlState.FEATURE_NOT_SUPPORTED.exception("NCLOB is not supported; use getString");
  }

  @Override
  public URL getURL(int columnIndex) throws SQLException {
    String text = getString(columnIndex);
    try {
      return text == null ? null : URI.create(text).toURL();
    } catch (IllegalArgumentException | MalformedURLException e) {
      throw SqlState.INVALID_CHARACTER_VALUE_FOR_CAST.exception(
          "Cannot convert '" + text + "' to URL", e);
    }
  }

  @Override
  public Array getArray(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    if (value == null) {
      return null;
    }
    if (value instanceof SetValue || value instanceof List<?>) {
      return new DynamoSqlArray(value);
    }
    throw SqlState.INVALID_CHARACTER_VALUE_FOR_CAST.exception(
        "Cannot convert '" + ValueConversions.toText(value) + "' to ARRAY");
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    Object value = value(columnIndex);
    if (value == null) {
      return null;
    }
    if (value instanceof SetValue) {
      return new DynamoSqlArray(value);
    }
    return ObjectConversions.natural(value, type(columnIndex), ZoneId.systemDefault());
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    if (type == null) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("getObject needs a target class");
    }
    Object value = value(columnIndex);
    if (value == null) {
      return null;
    }
    if (type == Array.class) {
      return type.cast(getArray(columnIndex));
    }
    if (type == Object.class) {
      return type.cast(getObject(columnIndex));
    }
    Object converted = ObjectConversions.as(value, type, ZoneId.systemDefault());
    @SuppressWarnings("unchecked")
    T result = (T) converted;
    return result;
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    String catalog = owner == null ? "" : owner.getConnection().getCatalog();
    return new DynamoSqlResultSetMetaData(columns, catalog == null ? "" : catalog);
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    SQLWarning warning = cursor.warnings();
    for (int i = 0; i < clearedWarnings && warning != null; i++) {
      warning = warning.getNextWarning();
    }
    return warning;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
    // The cursor owns its chain; remember how much of it has been seen and cleared.
    int count = 0;
    for (SQLWarning w = cursor.warnings(); w != null; w = w.getNextWarning()) {
      count++;
    }
    clearedWarnings = count;
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return rowNumber == 0 && peek();
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return row == null && rowNumber > 0 && exhausted;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return row != null && rowNumber == 1;
  }

  @Override
  public boolean isLast() throws SQLException {
    checkOpen();
    return row != null && !peek();
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return row == null ? 0 : rowNumber;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("Fetch size must be >= 0, was " + rows);
    }
    // A hint only: the cursor fetches DynamoDB pages as rows are consumed.
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public Statement getStatement() throws SQLException {
    checkOpen();
    return owner;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlState.GENERAL_ERROR.exception("Not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
