package io.dynamosql.bench.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One MCP tool call of the mix. */
sealed interface Operation {

  /** The tool's name, which is also what latencies are grouped by. */
  String tool();

  /** A short name for the report. */
  String label();

  ObjectNode arguments();

  record ListTables() implements Operation {
    public String tool() {
      return "list_tables";
    }

    public String label() {
      return "list_tables";
    }

    public ObjectNode arguments() {
      return JsonNodeFactory.instance.objectNode();
    }
  }

  record DescribeTable(String table) implements Operation {
    public String tool() {
      return "describe_table";
    }

    public String label() {
      return "describe " + table;
    }

    public ObjectNode arguments() {
      return JsonNodeFactory.instance.objectNode().put("table_name", table);
    }
  }

  /**
   * A query whose rows are checked against the driver's.
   *
   * @param kind what DynamoDB read it plans to (key lookup, query, scan, join)
   */
  record RunSql(String kind, String sql) implements Operation {
    /** Above every result of the mix, so that no answer is a truncated page. */
    static final int MAX_ROWS = 1000;

    public String tool() {
      return "run_sql";
    }

    public String label() {
      return kind;
    }

    public ObjectNode arguments() {
      return JsonNodeFactory.instance.objectNode().put("sql", sql).put("max_rows", MAX_ROWS);
    }
  }
}
