package io.dynamosql.jdbc;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code ?} markers of a prepared read, typed as the engine inferred them from their context
 * ({@code VARCHAR} where nothing says otherwise). Every marker is an input and may be NULL.
 */
public final class DynamoSqlParameterMetaData implements ParameterMetaData, DynamoSqlWrapper {

  private final List<SqlType> types;

  public DynamoSqlParameterMetaData(List<SqlType> types) {
    this.types = List.copyOf(types);
  }

  private SqlType type(int param) throws SQLException {
    if (param < 1 || param > types.size()) {
      throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
          "Parameter index " + param + " is out of range 1.." + types.size());
    }
    return types.get(param - 1);
  }

  @Override
  public int getParameterCount() {
    return types.size();
  }

  @Override
  public int isNullable(int param) throws SQLException {
    type(param);
    return ParameterMetaData.parameterNullable;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    return type(param).isNumeric();
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    return type(param).precision();
  }

  @Override
  public int getScale(int param) throws SQLException {
    Integer digits = type(param).decimalDigits();
    return digits == null ? 0 : digits;
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    return type(param).jdbcType();
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    return type(param).typeName();
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    return type(param).javaClass().getName();
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    type(param);
    return ParameterMetaData.parameterModeIn;
  }
}
