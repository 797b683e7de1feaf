package io.dynamosql.jdbc;

import io.dynamosql.jdbc.error.SqlState;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * The parts of a forward-only, read-only {@link ResultSet} that do not depend on where rows come
 * from: every getter by label delegates to its getter by index through {@link #findColumn}, every
 * update method is refused (0A000: the driver is read-only), and every scrolling method is refused
 * as JDBC prescribes for {@code TYPE_FORWARD_ONLY} (24000), which makes tools such as DBeaver fall
 * back to {@code next()}.
 */
abstract class ReadOnlyResultSet implements ResultSet {

  /** Throws 08003 if the result set is closed. */
  abstract void checkOpen() throws SQLException;

  private SQLException readOnly() throws SQLException {
    checkOpen();
    return SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Result sets are read-only: DynamoSQL never writes");
  }

  private SQLException forwardOnly(String method) throws SQLException {
    checkOpen();
    return SqlState.INVALID_CURSOR_STATE.exception(
        method + " needs a scrollable result set; this one is TYPE_FORWARD_ONLY");
  }

  private SQLException unsupported(String type) throws SQLException {
    checkOpen();
    return SqlState.FEATURE_NOT_SUPPORTED.exception(type + " values do not exist in DynamoDB");
  }

  @Override
  public final boolean absolute(int row) throws SQLException {
    throw forwardOnly("absolute");
  }

  @Override
  public final boolean relative(int rows) throws SQLException {
    throw forwardOnly("relative");
  }

  @Override
  public final boolean previous() throws SQLException {
    throw forwardOnly("previous");
  }

  @Override
  public final boolean first() throws SQLException {
    throw forwardOnly("first");
  }

  @Override
  public final boolean last() throws SQLException {
    throw forwardOnly("last");
  }

  @Override
  public final void beforeFirst() throws SQLException {
    throw forwardOnly("beforeFirst");
  }

  @Override
  public final void afterLast() throws SQLException {
    throw forwardOnly("afterLast");
  }

  @Override
  public final int getType() throws SQLException {
    checkOpen();
    return TYPE_FORWARD_ONLY;
  }

  @Override
  public final int getConcurrency() throws SQLException {
    checkOpen();
    return CONCUR_READ_ONLY;
  }

  @Override
  public final int getHoldability() throws SQLException {
    checkOpen();
    return CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public final void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != FETCH_FORWARD) {
      throw forwardOnly("setFetchDirection(" + direction + ")");
    }
  }

  @Override
  public final int getFetchDirection() throws SQLException {
    checkOpen();
    return FETCH_FORWARD;
  }

  @Override
  public final boolean rowUpdated() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public final boolean rowInserted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public final boolean rowDeleted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public final void moveToCurrentRow() throws SQLException {
    checkOpen();
  }

  @Override
  public final Ref getRef(int columnIndex) throws SQLException {
    throw unsupported("REF");
  }

  @Override
  public final RowId getRowId(int columnIndex) throws SQLException {
    throw unsupported("ROWID");
  }

  @Override
  public final SQLXML getSQLXML(int columnIndex) throws SQLException {
    throw unsupported("XML");
  }

  @Override
  public final Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    if (map == null || map.isEmpty()) {
      return getObject(columnIndex);
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.exception("User-defined type maps are not supported");
  }

  @Override
  public final String getString(String columnLabel) throws SQLException {
    return getString(findColumn(columnLabel));
  }

  @Override
  public final boolean getBoolean(String columnLabel) throws SQLException {
    return getBoolean(findColumn(columnLabel));
  }

  @Override
  public final byte getByte(String columnLabel) throws SQLException {
    return getByte(findColumn(columnLabel));
  }

  @Override
  public final short getShort(String columnLabel) throws SQLException {
    return getShort(findColumn(columnLabel));
  }

  @Override
  public final int getInt(String columnLabel) throws SQLException {
    return getInt(findColumn(columnLabel));
  }

  @Override
  public final long getLong(String columnLabel) throws SQLException {
    return getLong(findColumn(columnLabel));
  }

  @Override
  public final float getFloat(String columnLabel) throws SQLException {
    return getFloat(findColumn(columnLabel));
  }

  @Override
  public final double getDouble(String columnLabel) throws SQLException {
    return getDouble(findColumn(columnLabel));
  }

  @Override
  @Deprecated
  public final BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
    return getBigDecimal(findColumn(columnLabel), scale);
  }

  @Override
  public final byte[] getBytes(String columnLabel) throws SQLException {
    return getBytes(findColumn(columnLabel));
  }

  @Override
  public final Date getDate(String columnLabel) throws SQLException {
    return getDate(findColumn(columnLabel));
  }

  @Override
  public final Time getTime(String columnLabel) throws SQLException {
    return getTime(findColumn(columnLabel));
  }

  @Override
  public final Timestamp getTimestamp(String columnLabel) throws SQLException {
    return getTimestamp(findColumn(columnLabel));
  }

  @Override
  public final InputStream getAsciiStream(String columnLabel) throws SQLException {
    return getAsciiStream(findColumn(columnLabel));
  }

  @Override
  @Deprecated
  public final InputStream getUnicodeStream(String columnLabel) throws SQLException {
    return getUnicodeStream(findColumn(columnLabel));
  }

  @Override
  public final InputStream getBinaryStream(String columnLabel) throws SQLException {
    return getBinaryStream(findColumn(columnLabel));
  }

  @Override
  public final Object getObject(String columnLabel) throws SQLException {
    return getObject(findColumn(columnLabel));
  }

  @Override
  public final Reader getCharacterStream(String columnLabel) throws SQLException {
    return getCharacterStream(findColumn(columnLabel));
  }

  @Override
  public final BigDecimal getBigDecimal(String columnLabel) throws SQLException {
    return getBigDecimal(findColumn(columnLabel));
  }

  @Override
  public final Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
    return getObject(findColumn(columnLabel), map);
  }

  @Override
  public final Ref getRef(String columnLabel) throws SQLException {
    return getRef(findColumn(columnLabel));
  }

  @Override
  public final Blob getBlob(String columnLabel) throws SQLException {
    return getBlob(findColumn(columnLabel));
  }

  @Override
  public final Clob getClob(String columnLabel) throws SQLException {
    return getClob(findColumn(columnLabel));
  }

  @Override
  public final Array getArray(String columnLabel) throws SQLException {
    return getArray(findColumn(columnLabel));
  }

  @Override
  public final Date getDate(String columnLabel, Calendar calendar) throws SQLException {
    return getDate(findColumn(columnLabel), calendar);
  }

  @Override
  public final Time getTime(String columnLabel, Calendar calendar) throws SQLException {
    return getTime(findColumn(columnLabel), calendar);
  }

  @Override
  public final Timestamp getTimestamp(String columnLabel, Calendar calendar) throws SQLException {
    return getTimestamp(findColumn(columnLabel), calendar);
  }

  @Override
  public final URL getURL(String columnLabel) throws SQLException {
    return getURL(findColumn(columnLabel));
  }

  @Override
  public final RowId getRowId(String columnLabel) throws SQLException {
    return getRowId(findColumn(columnLabel));
  }

  @Override
  public final NClob getNClob(String columnLabel) throws SQLException {
    return getNClob(findColumn(columnLabel));
  }

  @Override
  public final SQLXML getSQLXML(String columnLabel) throws SQLException {
    return getSQLXML(findColumn(columnLabel));
  }

  @Override
  public final String getNString(String columnLabel) throws SQLException {
    return getNString(findColumn(columnLabel));
  }

  @Override
  public final Reader getNCharacterStream(String columnLabel) throws SQLException {
    return getNCharacterStream(findColumn(columnLabel));
  }

  @Override
  public final <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
    return getObject(findColumn(columnLabel), type);
  }

  @Override
  public final void updateNull(int columnIndex) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBoolean(int columnIndex, boolean x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateByte(int columnIndex, byte x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateShort(int columnIndex, short x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateInt(int columnIndex, int x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateLong(int columnIndex, long x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateFloat(int columnIndex, float x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDouble(int columnIndex, double x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateString(int columnIndex, String x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBytes(int columnIndex, byte[] x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDate(int columnIndex, Date x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTime(int columnIndex, Time x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTimestamp(int columnIndex, Timestamp x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int columnIndex, InputStream x, int length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int columnIndex, InputStream x, int length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int columnIndex, Reader x, int length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(int columnIndex, Object x, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(int columnIndex, Object x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNull(String columnLabel) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBoolean(String columnLabel, boolean x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateByte(String columnLabel, byte x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateShort(String columnLabel, short x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateInt(String columnLabel, int x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateLong(String columnLabel, long x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateFloat(String columnLabel, float x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDouble(String columnLabel, double x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateString(String columnLabel, String x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBytes(String columnLabel, byte[] x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDate(String columnLabel, Date x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTime(String columnLabel, Time x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTimestamp(String columnLabel, Timestamp x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(String columnLabel, InputStream x, int length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(String columnLabel, InputStream x, int length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(String columnLabel, Reader x, int length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(String columnLabel, Object x, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(String columnLabel, Object x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void insertRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void deleteRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void refreshRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void cancelRowUpdates() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void moveToInsertRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRef(int columnIndex, Ref x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRef(String columnLabel, Ref x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int columnIndex, Blob x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(String columnLabel, Blob x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int columnIndex, Clob x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(String columnLabel, Clob x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateArray(int columnIndex, Array x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateArray(String columnLabel, Array x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRowId(int columnIndex, RowId x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRowId(String columnLabel, RowId x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNString(int columnIndex, String x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNString(String columnLabel, String x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int columnIndex, NClob x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(String columnLabel, NClob x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateSQLXML(int columnIndex, SQLXML x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateSQLXML(String columnLabel, SQLXML x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(int columnIndex, Reader x, long length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(String columnLabel, Reader x, long length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int columnIndex, InputStream x, long length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int columnIndex, InputStream x, long length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int columnIndex, Reader x, long length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(String columnLabel, InputStream x, long length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(String columnLabel, InputStream x, long length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(String columnLabel, Reader x, long length)
      throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int columnIndex, InputStream x, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(String columnLabel, InputStream x, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int columnIndex, Reader x, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(String columnLabel, Reader x, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int columnIndex, Reader x, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(String columnLabel, Reader x, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(int columnIndex, Reader x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(String columnLabel, Reader x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int columnIndex, InputStream x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int columnIndex, InputStream x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int columnIndex, Reader x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(String columnLabel, InputStream x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(String columnLabel, InputStream x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(String columnLabel, Reader x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int columnIndex, InputStream x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(String columnLabel, InputStream x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int columnIndex, Reader x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(String columnLabel, Reader x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int columnIndex, Reader x) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(String columnLabel, Reader x) throws SQLException {
    throw readOnly();
  }
}
