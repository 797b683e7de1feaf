/**
 * Scalar SQL functions: the {@link io.dynamosql.jdbc.exec.function.ScalarFunction} contract, the
 * {@link io.dynamosql.jdbc.exec.function.FunctionRegistry} the engine and DatabaseMetaData look
 * names up in, and one class per family (string, numeric, temporal, DynamoDB document, comparison),
 * each defining small {@link io.dynamosql.jdbc.exec.function.BuiltinFunction} values.
 *
 * <p>Where SQL leaves a choice the functions behave like DuckDB, the reference engine of the
 * differential tests; each family documents its choices. Every function returns NULL when an
 * argument is NULL, except those whose {@link
 * io.dynamosql.jdbc.exec.function.ScalarFunction#returnsNullOnNullInput()} is false (CONCAT,
 * GREATEST, LEAST, ATTRIBUTE_TYPE), which document what they do instead.
 */
package io.dynamosql.jdbc.exec.function;
