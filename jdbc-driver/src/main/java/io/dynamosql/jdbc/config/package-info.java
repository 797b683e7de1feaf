/**
 * Connection configuration: the {@code jdbc:dynamosql:} URL grammar ({@link
 * io.dynamosql.jdbc.config.ConnectionUrl}), every connection property with its default, choices and
 * validation ({@link io.dynamosql.jdbc.config.ConnectionProperty}), and the typed, immutable result
 * ({@link io.dynamosql.jdbc.config.DriverConfig}) that the rest of the driver reads.
 */
package io.dynamosql.jdbc.config;
