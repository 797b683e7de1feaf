/**
 * MCP prompts ({@code explore_data}, {@code write_query}) and argument completion of schema and
 * table names.
 */
package io.dynamosql.mcp.prompt;
