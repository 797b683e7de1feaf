/**
 * The DataSource side: schema facts read through {@link java.sql.DatabaseMetaData}, queries run
 * through {@link java.sql.Statement}, and JDBC values turned into JSON. Nothing here knows DynamoDB
 * beyond the names of the driver's extra metadata columns.
 */
package io.dynamosql.mcp.sql;
