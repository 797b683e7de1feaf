package io.dynamosql.mcp.prompt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** {@code explore_data}: a guided first look at a schema with the three tools. */
public final class ExploreDataPrompt implements Prompt {

  @Override
  public String name() {
    return "explore_data";
  }

  @Override
  public ObjectNode definition() {
    return PromptMessages.definition(
        name(),
        "Explore data",
        "Survey the tables of a schema: what they hold, their keys, and a few sample rows.",
        "schema_name",
        "Schema to explore; the default schema if omitted.",
        false);
  }

  @Override
  public ArrayNode messages(Map<String, String> arguments) {
    String schema = arguments.get("schema_name");
    String where = schema == null || schema.isBlank() ? "the default schema" : "schema " + schema;
    String schemaArgument =
        schema == null || schema.isBlank() ? "" : " with schema_name \"" + schema + "\"";
    return PromptMessages.userText(
        "Explore the DynamoDB data in "
            + where
            + ".\n1. Call list_tables"
            + schemaArgument
            + " and note each table's approximate item count.\n"
            + "2. For each table (the largest first, at most five), call describe_table and note"
            + " the partition key, sort key and secondary indexes.\n"
            + "3. For each described table, call run_sql with a small sample, e.g."
            + " SELECT * FROM <table> LIMIT 5, and say what one item represents.\n"
            + "4. Summarise the tables, how they relate (shared key values), and three questions"
            + " the data can answer cheaply because a key or index serves them.\n"
            + "Prefer queries that constrain a partition key; report any full-scan warnings.");
  }
}
