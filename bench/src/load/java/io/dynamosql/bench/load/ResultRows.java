package io.dynamosql.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as comparable text, whether they came from JDBC or from {@code run_sql}'s structured
 * content: numbers in plain decimal without trailing zeros, so that {@code 12.50} and {@code 12.5}
 * are one value.
 */
record ResultRows(List<List<String>> rows) {

  /** The query's rows through the driver, the reference every MCP answer is checked against. */
  static ResultRows of(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      List<List<String>> rows = new ArrayList<>();
      while (result.next()) {
        List<String> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
          Object value = result.getObject(i);
          row.add(value instanceof Number n ? number(n.toString()) : String.valueOf(value));
        }
        rows.add(row);
      }
      return new ResultRows(List.copyOf(rows));
    }
  }

  /** The rows of a {@code run_sql} result. */
  static ResultRows of(JsonNode result) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : result.path("structuredContent").path("rows")) {
      List<String> values = new ArrayList<>();
      for (JsonNode value : row) {
        values.add(
            value.isNumber()
                ? number(value.decimalValue().toString())
                : value.isNull() ? "null" : value.asText());
      }
      rows.add(values);
    }
    return new ResultRows(List.copyOf(rows));
  }

  /** Rows of {@code actual} this result lacks as often as they are missing (lost rows). */
  int missingFrom(ResultRows actual) {
    return surplus(this, actual);
  }

  /** Rows {@code actual} has more often than this result (duplicated or foreign rows). */
  int extraIn(ResultRows actual) {
    return surplus(actual, this);
  }

  private static int surplus(ResultRows from, ResultRows minus) {
    Map<List<String>, Integer> counts = new HashMap<>();
    from.rows.forEach(row -> counts.merge(row, 1, Integer::sum));
    minus.rows.forEach(row -> counts.merge(row, -1, Integer::sum));
    return counts.values().stream().mapToInt(c -> Math.max(c, 0)).sum();
  }

  private static String number(String text) {
    return new BigDecimal(text).stripTrailingZeros().toPlainString();
  }
}
