package io.dynamosql.jdbc;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.query.PreparedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared read: parsed, checked read-only and resolved once by the engine at {@link
 * java.sql.Connection#prepareStatement}, executed with the values bound to its {@code ?} markers.
 * Values are kept as the value model expects them (numbers as BigDecimal, except float and double;
 * streams and LOBs read into strings and bytes); an unset marker fails the execution with 07001.
 */
public final class DynamoSqlPreparedStatement extends DynamoSqlStatement
    implements PreparedStatement {

  /** Marks a parameter that has no value yet (null is SQL NULL). */
  private static final Object UNSET = new Object();

  private final String sql;
  private final PreparedQuery query;
  private final Object[] parameters;

  DynamoSqlPreparedStatement(DynamoSqlConnection connection, String sql) throws SQLException {
    super(connection);
    this.sql = sql;
    this.query = prepare(sql);
    this.parameters = new Object[query.parameterTypes().size()];
    Arrays.fill(parameters, UNSET);
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    checkOpen();
    List<Object> values = new ArrayList<>(parameters.length);
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == UNSET) {
        throw SqlState.PARAMETER_NOT_SET.exception(
            "Parameter "
                + (i + 1)
                + " of "
                + parameters.length
                + " has no value: "
                + Excerpt.of(sql));
      }
      values.add(parameters[i]);
    }
    return run(query, values);
  }

  @Override
  public boolean execute() throws SQLException {
    executeQuery();
    return true;
  }

  @Override
  public int executeUpdate() throws SQLException {
    checkOpen();
    throw readOnly("executeUpdate");
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    checkOpen();
    throw readOnly("executeLargeUpdate");
  }

  @Override
  public void addBatch() throws SQLException {
    checkOpen();
    throw readOnly("addBatch");
  }

  /** JDBC forbids the SQL-taking methods on a PreparedStatement. */
  private SQLException notOnPrepared(String method) throws SQLException {
    checkOpen();
    return SqlState.GENERAL_ERROR.exception(
        method + "(String) cannot be called on a PreparedStatement; use " + method + "()");
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    throw notOnPrepared("executeQuery");
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    throw notOnPrepared("execute");
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    throw notOnPrepared("addBatch");
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return new DynamoSqlResultSetMetaData(query.columns(), getConnection().getCatalog());
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    return new DynamoSqlParameterMetaData(query.parameterTypes());
  }

  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    Arrays.fill(parameters, UNSET);
  }

  // ---- binding

  private void bind(int index, Object value) throws SQLException {
    checkOpen();
    if (index < 1 || index > parameters.length) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Parameter index "
              + index
              + " is out of range: the statement has "
              + parameters.length
              + " parameter(s)");
    }
    parameters[index - 1] = value;
  }

  /** The value model keeps N as BigDecimal; float and double stay approximate. */
  private static Object number(Number value) {
    if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      return value;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    return BigDecimal.valueOf(value.longValue());
  }

  @Override
  public void setNull(int parameterIndex, int sqlType) throws SQLException {
    bind(parameterIndex, null);
  }

  @Override
  public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
    bind(parameterIndex, null);
  }

  @Override
  public void setBoolean(int parameterIndex, boolean x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setByte(int parameterIndex, byte x) throws SQLException {
    bind(parameterIndex, BigDecimal.valueOf(x));
  }

  @Override
  public void setShort(int parameterIndex, short x) throws SQLException {
    bind(parameterIndex, BigDecimal.valueOf(x));
  }

  @Override
  public void setInt(int parameterIndex, int x) throws SQLException {
    bind(parameterIndex, BigDecimal.valueOf(x));
  }

  @Override
  public void setLong(int parameterIndex, long x) throws SQLException {
    bind(parameterIndex, BigDecimal.valueOf(x));
  }

  @Override
  public void setFloat(int parameterIndex, float x) throws SQLException {
    bind(parameterIndex, (double) x);
  }

  @Override
  public void setDouble(int parameterIndex, double x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setString(int parameterIndex, String x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setNString(int parameterIndex, String value) throws SQLException {
    bind(parameterIndex, value);
  }

  @Override
  public void setBytes(int parameterIndex, byte[] x) throws SQLException {
    bind(parameterIndex, x == null ? null : x.clone());
  }

  @Override
  public void setDate(int parameterIndex, Date x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setTime(int parameterIndex, Time x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    if (x instanceof Number number) {
      bind(parameterIndex, number(number));
    } else if (x instanceof Array array) {
      setArray(parameterIndex, array);
    } else if (x instanceof byte[] bytes) {
      setBytes(parameterIndex, bytes);
    } else if (x instanceof Character c) {
      bind(parameterIndex, c.toString());
    } else {
      bind(parameterIndex, x);
    }
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    setObject(parameterIndex, x);
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength)
      throws SQLException {
    setObject(parameterIndex, x);
  }

  @Override
  public void setArray(int parameterIndex, Array x) throws SQLException {
    bind(parameterIndex, x == null ? null : Arrays.asList((Object[]) x.getArray()));
  }

  @Override
  public void setURL(int parameterIndex, URL x) throws SQLException {
    bind(parameterIndex, x == null ? null : x.toString());
  }

  // ---- streams and LOBs: read into the value they carry

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
    bind(parameterIndex, x == null ? null : new String(bytes(x, -1), StandardCharsets.US_ASCII));
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
    setAsciiStream(parameterIndex, x, (long) length);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
    bind(
        parameterIndex, x == null ? null : new String(bytes(x, length), StandardCharsets.US_ASCII));
  }

  @Override
  @SuppressWarnings("deprecation")
  public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
    bind(
        parameterIndex, x == null ? null : new String(bytes(x, length), StandardCharsets.UTF_16BE));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
    bind(parameterIndex, x == null ? null : bytes(x, -1));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
    setBinaryStream(parameterIndex, x, (long) length);
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
    bind(parameterIndex, x == null ? null : bytes(x, length));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
    bind(parameterIndex, reader == null ? null : text(reader, -1));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, int length)
      throws SQLException {
    setCharacterStream(parameterIndex, reader, (long) length);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, long length)
      throws SQLException {
    bind(parameterIndex, reader == null ? null : text(reader, length));
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
    setCharacterStream(parameterIndex, value);
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value, long length)
      throws SQLException {
    setCharacterStream(parameterIndex, value, length);
  }

  @Override
  public void setBlob(int parameterIndex, Blob x) throws SQLException {
    bind(parameterIndex, x == null ? null : x.getBytes(1, (int) x.length()));
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
    setBinaryStream(parameterIndex, inputStream);
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream, long length)
      throws SQLException {
    setBinaryStream(parameterIndex, inputStream, length);
  }

  @Override
  public void setClob(int parameterIndex, Clob x) throws SQLException {
    bind(parameterIndex, x == null ? null : x.getSubString(1, (int) x.length()));
  }

  @Override
  public void setClob(int parameterIndex, Reader reader) throws SQLException {
    setCharacterStream(parameterIndex, reader);
  }

  @Override
  public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
    setCharacterStream(parameterIndex, reader, length);
  }

  @Override
  public void setNClob(int parameterIndex, NClob value) throws SQLException {
    setClob(parameterIndex, value);
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader) throws SQLException {
    setCharacterStream(parameterIndex, reader);
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
    setCharacterStream(parameterIndex, reader, length);
  }

  private static byte[] bytes(InputStream in, long length) throws SQLException {
    try {
      return length < 0
          ? in.readAllBytes()
          : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
    } catch (IOException e) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("The parameter stream cannot be read", e);
    }
  }

  private static String text(Reader reader, long length) throws SQLException {
    StringBuilder out = new StringBuilder();
    char[] chunk = new char[8192];
    try {
      long left = length < 0 ? Long.MAX_VALUE : length;
      int read;
      while (left > 0 && (read = reader.read(chunk, 0, (int) Math.min(chunk.length, left))) > 0) {
        out.append(chunk, 0, read);
        left -= read;
      }
    } catch (IOException e) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("The parameter reader cannot be read", e);
    }
    return out.toString();
  }

  // ---- types DynamoDB does not have

  @Override
  public void setRef(int parameterIndex, Ref x) throws SQLException {
    throw noSuchType("REF");
  }

  @Override
  public void setRowId(int parameterIndex, RowId x) throws SQLException {
    throw noSuchType("ROWID");
  }

  @Override
  public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
    throw noSuchType("SQLXML");
  }

  private SQLException noSuchType(String type) throws SQLException {
    checkOpen();
    return SqlState.FEATURE_NOT_SUPPORTED.exception(type + " values do not exist in DynamoDB");
  }
}
