package io.dynamosql.jdbc;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Describes the columns of a {@link DynamoSqlResultSet}: labels (aliases) and names, the type of
 * each column with its {@code TYPE_NAME}, precision and display size as {@link SqlType} defines
 * them, and the source table of columns read from a table (schema, table and the connection's
 * catalog; empty for computed columns). Every column is read-only.
 */
public final class DynamoSqlResultSetMetaData implements ResultSetMetaData {

  private final List<ResultColumn> columns;
  private final String catalogName;

  /**
   * @param catalogName the catalog of the tables the columns come from (the connection's catalog)
   */
  public DynamoSqlResultSetMetaData(List<ResultColumn> columns, String catalogName) {
    this.columns = List.copyOf(columns);
    this.catalogName = catalogName;
  }

  private ResultColumn column(int column) throws SQLException {
    if (column < 1 || column > columns.size()) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Column index " + column + " is out of range 1.." + columns.size());
    }
    return columns.get(column - 1);
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    return column(column).type().isCaseSensitive();
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    column(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    return column(column).nullable() ? columnNullable : columnNoNulls;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return column(column).type().isNumeric();
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return column(column).type().displaySize();
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return column(column).label();
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return column(column).name();
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    return column(column).schemaName();
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return column(column).type().precision();
  }

  /** The scale of BIGINT is 0; DECIMAL's scale floats per value, reported as 0 as JDBC asks. */
  @Override
  public int getScale(int column) throws SQLException {
    Integer digits = column(column).type().decimalDigits();
    return digits == null ? 0 : digits;
  }

  @Override
  public String getTableName(int column) throws SQLException {
    return column(column).tableName();
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    return column(column).tableName().isEmpty() ? "" : catalogName;
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return column(column).type().jdbcType();
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return column(column).type().typeName();
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    column(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    column(column);
    return false;
  }

  /** The class {@code getObject} returns: {@link SqlType#javaClass()}. */
  @Override
  public String getColumnClassName(int column) throws SQLException {
    return column(column).type().javaClass().getName();
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
