/**
 * The MCP tools: {@code list_tables}, {@code describe_table} and {@code run_sql}, each with its
 * JSON Schemas, its scope and a result the model can read both as JSON and as text.
 */
package io.dynamosql.mcp.tool;
