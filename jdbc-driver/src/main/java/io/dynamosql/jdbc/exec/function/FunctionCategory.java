package io.dynamosql.jdbc.exec.function;

/**
 * The groups DatabaseMetaData lists functions in ({@code getStringFunctions}, {@code
 * getNumericFunctions}, {@code getTimeDateFunctions}, {@code getSystemFunctions}); the DynamoDB
 * document functions and GREATEST/LEAST count as SYSTEM.
 */
public enum FunctionCategory {
  STRING,
  NUMERIC,
  TIME_DATE,
  SYSTEM
}
