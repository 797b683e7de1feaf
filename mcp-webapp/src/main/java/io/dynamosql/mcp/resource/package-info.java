/**
 * MCP resources: the repository's SQL reference and limitations pages, served verbatim, and the
 * {@code dynamosql://schema/{schema_name}/{table_name}} template that describes a table.
 */
package io.dynamosql.mcp.resource;
