package io.dynamosql.mcp.sql;

/**
 * A column of a query result.
 *
 * @param name the column label
 * @param type the SQL type name the driver reports
 */
public record ResultColumn(String name, String type) {}
