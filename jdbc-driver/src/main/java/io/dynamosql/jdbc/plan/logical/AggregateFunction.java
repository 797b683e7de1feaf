package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.type.SqlType;
import java.util.Locale;
import java.util.Optional;

/** The aggregate functions, usable in GROUP BY queries and as window functions. */
public enum AggregateFunction {
  COUNT,
  SUM,
  AVG,
  MIN,
  MAX;

  public static Optional<AggregateFunction> named(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The result type over an argument of type {@code argument}. */
  public SqlType resultType(SqlType argument) {
    return switch (this) {
      case COUNT -> SqlType.BIGINT;
      case SUM ->
          argument == SqlType.DOUBLE
              ? SqlType.DOUBLE
              : argument == SqlType.BIGINT ? SqlType.BIGINT : SqlType.DECIMAL;
      case AVG -> argument == SqlType.DOUBLE ? SqlType.DOUBLE : SqlType.DECIMAL;
      case MIN, MAX -> argument;
    };
  }
}
