package io.dynamosql.mcp.rest;

/** What {@code POST /v1/query} does with the SQL. */
public enum QueryMode {
  /** Run the query and answer rows. */
  EXECUTE,
  /** Answer the plan and the normalised SQL without reading data. */
  PLAN
}
