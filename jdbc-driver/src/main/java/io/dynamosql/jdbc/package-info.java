/**
 * The JDBC façade: {@link io.dynamosql.jdbc.DynamoSqlDriver} and {@link
 * io.dynamosql.jdbc.DynamoSqlDataSource} open {@link io.dynamosql.jdbc.DynamoSqlConnection}s on the
 * environment their configuration shares (SDK client, metadata cache, SQL engine); statements hand
 * SQL to the engine through {@link io.dynamosql.jdbc.query} and wrap its cursors in {@link
 * io.dynamosql.jdbc.DynamoSqlResultSet}. Everything is read-only and forward-only.
 */
package io.dynamosql.jdbc;
