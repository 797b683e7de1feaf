/**
 * The relational view of DynamoDB: schemas, tables (and single-table entity views), columns
 * inferred from DescribeTable plus sampling, keys and indexes. Everything above (metadata, planner,
 * MCP) reads DynamoDB's shape only through {@link io.dynamosql.jdbc.schema.Catalog}.
 */
package io.dynamosql.jdbc.schema;
