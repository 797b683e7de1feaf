package io.dynamosql.jdbc.error;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.sql.SQLWarning;

/**
 * Every SQLState the driver reports, each with the {@link SQLException} subclass that JDBC
 * associates with its class (08 → connection, 0A → feature not supported, 22 → data, 28 →
 * authorization, 42 → syntax or access rule). Create exceptions only through {@link
 * #exception(String)} so that state and subclass always agree.
 */
public enum SqlState {
  /** A read completed with something worth knowing (e.g. a full table scan). */
  WARNING("01000", SQLWarning::new),

  /** An argument (index, count, name) given to a JDBC method is out of range or unknown. */
  INVALID_DESCRIPTOR_INDEX("07009", SQLNonTransientException::new),
  /** A PreparedStatement parameter has no value. */
  PARAMETER_NOT_SET("07001", SQLNonTransientException::new),

  /** The JDBC URL is malformed; DynamoDB could not be reached (endpoint, DNS, connect timeout). */
  UNABLE_TO_CONNECT("08001", SQLNonTransientConnectionException::new),
  /** The connection, or a statement or result set of it, is closed. */
  OBJECT_CLOSED("08003", SQLNonTransientConnectionException::new),
  /** The connection properties were rejected: unknown, invalid or inconsistent. */
  CONNECTION_REJECTED("08004", SQLNonTransientConnectionException::new),
  /** DynamoDB failed mid-request (5xx after retries, connection reset); a retry may succeed. */
  CONNECTION_FAILURE("08006", SQLTransientConnectionException::new),

  /** The driver does not implement this JDBC feature or SQL construct. */
  FEATURE_NOT_SUPPORTED("0A000", SQLFeatureNotSupportedException::new),

  /** A scalar subquery returned more than one row. */
  CARDINALITY_VIOLATION("21000", SQLNonTransientException::new),

  DATA_EXCEPTION("22000", SQLDataException::new),
  STRING_DATA_RIGHT_TRUNCATION("22001", SQLDataException::new),
  NUMERIC_VALUE_OUT_OF_RANGE("22003", SQLDataException::new),
  INVALID_DATETIME_FORMAT("22007", SQLDataException::new),
  DATETIME_FIELD_OVERFLOW("22008", SQLDataException::new),
  DIVISION_BY_ZERO("22012", SQLDataException::new),
  /** A value cannot be converted to the requested type ({@code CAST}, {@code getInt}, ...). */
  INVALID_CHARACTER_VALUE_FOR_CAST("22018", SQLDataException::new),
  INVALID_PARAMETER_VALUE("22023", SQLDataException::new),
  INVALID_ESCAPE_SEQUENCE("22025", SQLDataException::new),

  /** A cursor operation in the wrong state (before the first row, after the last). */
  INVALID_CURSOR_STATE("24000", SQLNonTransientException::new),

  /** A write, DDL or transaction statement: the driver is read-only. */
  READ_ONLY_TRANSACTION("25006", SQLNonTransientException::new),

  /** {@code Connection.setSchema} named a schema the connection does not have. */
  INVALID_SCHEMA_NAME("3F000", SQLSyntaxErrorException::new),

  /** DynamoDB refused the credentials or the caller lacks permission. */
  INVALID_AUTHORIZATION("28000", SQLInvalidAuthorizationSpecException::new),

  /** DynamoDB throttled the requests and the retries did not get through. */
  THROTTLED("40001", SQLTransientException::new),

  SYNTAX_ERROR("42000", SQLSyntaxErrorException::new),
  AMBIGUOUS_NAME("42702", SQLSyntaxErrorException::new),
  DATATYPE_MISMATCH("42804", SQLSyntaxErrorException::new),
  UNDEFINED_FUNCTION("42883", SQLSyntaxErrorException::new),
  TABLE_NOT_FOUND("42S02", SQLSyntaxErrorException::new),
  COLUMN_NOT_FOUND("42S22", SQLSyntaxErrorException::new),

  /** A memory-bound operator (sort, hash join, aggregate, distinct) exceeded its row limit. */
  MEMORY_LIMIT_EXCEEDED("53200", SQLNonTransientException::new),
  /** A statement made DynamoDB read more items than the configured read budget allows. */
  READ_BUDGET_EXCEEDED("53400", SQLNonTransientException::new),

  /** The statement was cancelled ({@code Statement.cancel}). */
  QUERY_CANCELLED("57014", SQLNonTransientException::new),
  /** The statement, or one DynamoDB call, ran out of time. */
  QUERY_TIMEOUT("57014", SQLTimeoutException::new),

  /** A failure the driver cannot classify more precisely. */
  GENERAL_ERROR("HY000", SQLNonTransientException::new);

  /** The constructor shared by every SQLException subclass: reason, state, cause. */
  @FunctionalInterface
  private interface ExceptionConstructor {
    SQLException create(String reason, String sqlState, Throwable cause);
  }

  /**
   * The longest message an exception carries: a backstop for builders that quote input without
   * {@link Excerpt}, so that no refusal echoes a huge statement back.
   */
  static final int MAX_MESSAGE = 2_000;

  private final String code;
  private final ExceptionConstructor constructor;

  SqlState(String code, ExceptionConstructor constructor) {
    this.code = code;
    this.constructor = constructor;
  }

  /** The five-character SQLState. */
  public String code() {
    return code;
  }

  public SQLException exception(String message) {
    return constructor.create(Excerpt.capped(message, MAX_MESSAGE), code, null);
  }

  public SQLException exception(String message, Throwable cause) {
    return constructor.create(Excerpt.capped(message, MAX_MESSAGE), code, cause);
  }

  /** A warning with this state, to chain on a statement or result set. */
  public SQLWarning warning(String message) {
    return new SQLWarning(Excerpt.capped(message, MAX_MESSAGE), code);
  }
}
