package io.dynamosql.mcp.prompt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import java.util.Map;

/** {@code write_query}: turn a question into one efficient SELECT and run it. */
public final class WriteQueryPrompt implements Prompt {

  @Override
  public String name() {
    return "write_query";
  }

  @Override
  public ObjectNode definition() {
    return PromptMessages.definition(
        name(),
        "Write a query",
        "Answer a question with one read-only SQL query that reads as few DynamoDB items as"
            + " possible.",
        "question",
        "The question to answer.",
        true,
        "table_name",
        "The table to start from, if known.",
        false);
  }

  @Override
  public ArrayNode messages(Map<String, String> arguments) throws JsonRpcException {
    String question = PromptMessages.required(name(), arguments, "question");
    String table = arguments.get("table_name");
    String start =
        table == null || table.isBlank()
            ? "Call list_tables to find the tables that hold the answer, then describe_table on"
                + " each of them."
            : "Call describe_table with table_name \""
                + table
                + "\" (and list_tables if the"
                + " answer needs other tables).";
    return PromptMessages.userText(
        "Question: "
            + question
            + "\n1. "
            + start
            + "\n2. Write one SELECT (or WITH) query. Put equality on the partition key (or an"
            + " index's partition key) in WHERE when the question allows it; a query without one"
            + " scans the whole table.\n"
            + "3. Call run_sql with the query. If it reports an error, read the message, fix the"
            + " query and try again. If it is truncated, use next_cursor or aggregate instead.\n"
            + "4. Answer the question from the rows, and show the query you used.");
  }
}
