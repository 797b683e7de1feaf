package io.dynamosql.jdbc;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.result.ListRowCursor;
import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import io.dynamosql.jdbc.type.ValueConversions;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A DynamoDB set (SS, NS, BS) or list (L) as a {@link java.sql.Array}. Sets keep the sorted order
 * of {@link SetValue}; {@link #getArray()} returns {@code String[]} for SS, {@code BigDecimal[]}
 * for NS, {@code byte[][]} for BS and {@code Object[]} (plain Java values) for lists.
 */
public final class DynamoSqlArray implements Array {

  private final SqlType baseType;
  private final List<Object> elements;
  private boolean freed;

  /**
   * @param value a {@link SetValue} or a {@link List} of the value model
   */
  DynamoSqlArray(Object value) {
    if (value instanceof SetValue set) {
      this.baseType = set.kind().elementType();
      this.elements = set.elements();
    } else {
      this.baseType = SqlType.VARIANT;
      List<Object> plain = new ArrayList<>();
      for (Object element : (List<?>) value) {
        plain.add(ValueConversions.toJavaDocument(element));
      }
      this.elements = plain;
    }
  }

  private void checkNotFreed() throws SQLException {
    if (freed) {
      throw SqlState.GENERAL_ERROR.exception("The array has been freed");
    }
  }

  @Override
  public String getBaseTypeName() throws SQLException {
    checkNotFreed();
    return baseType.typeName();
  }

  @Override
  public int getBaseType() throws SQLException {
    checkNotFreed();
    return baseType.jdbcType();
  }

  @Override
  public Object getArray() throws SQLException {
    return slice(0, elements.size());
  }

  @Override
  public Object getArray(Map<String, Class<?>> map) throws SQLException {
    checkTypeMap(map);
    return getArray();
  }

  /** {@code index} is 1-based, as JDBC has it. */
  @Override
  public Object getArray(long index, int count) throws SQLException {
    int from = checkRange(index, count);
    return slice(from, from + count);
  }

  @Override
  public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
    checkTypeMap(map);
    return getArray(index, count);
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    return getResultSet(1, elements.size());
  }

  @Override
  public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
    checkTypeMap(map);
    return getResultSet();
  }

  /** Rows of {@code INDEX} (1-based) and {@code VALUE}, as {@link Array#getResultSet()} defines. */
  @Override
  public ResultSet getResultSet(long index, int count) throws SQLException {
    int from = checkRange(index, count);
    List<Object[]> rows = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      rows.add(new Object[] {(long) i + 1, elements.get(i)});
    }
    List<ResultColumn> columns =
        List.of(
            new ResultColumn("INDEX", "INDEX", "", "", SqlType.BIGINT, false),
            ResultColumn.computed("VALUE", baseType));
    return new DynamoSqlResultSet(null, new ListRowCursor(columns, rows));
  }

  @Override
  public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map)
      throws SQLException {
    checkTypeMap(map);
    return getResultSet(index, count);
  }

  @Override
  public void free() {
    freed = true;
  }

  private int checkRange(long index, int count) throws SQLException {
    checkNotFreed();
    if (index < 1 || count < 0 || index - 1 + count > elements.size()) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Array range "
              + index
              + ".."
              + (index - 1 + count)
              + " is outside 1.."
              + elements.size());
    }
    return (int) index - 1;
  }

  private Object slice(int from, int to) throws SQLException {
    checkNotFreed();
    List<Object> part = elements.subList(from, to);
    return switch (baseType) {
      case VARCHAR -> part.toArray(String[]::new);
      case DECIMAL -> part.toArray(BigDecimal[]::new);
      case VARBINARY -> part.stream().map(b -> ((byte[]) b).clone()).toArray(byte[][]::new);
      default -> part.toArray();
    };
  }

  private static void checkTypeMap(Map<String, Class<?>> map) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception("User-defined type maps are not supported");
    }
  }
}
