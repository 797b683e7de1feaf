package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Renders rows as a compact pipe-separated table for the text block of {@code run_sql}: long values
 * are shortened, because the full values are in {@code structuredContent}.
 */
final class TextTable {

  private static final int MAX_CELL = 60;

  private TextTable() {}

  static String render(List<String> header, List<List<JsonNode>> rows) {
    StringBuilder text = new StringBuilder(String.join(" | ", header));
    for (List<JsonNode> row : rows) {
      text.append('\n');
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          text.append(" | ");
        }
        text.append(cell(row.get(i)));
      }
    }
    return text.toString();
  }

  private static String cell(JsonNode value) {
    String text = value.isNull() ? "NULL" : value.isTextual() ? value.asText() : value.toString();
    text = text.replace('\n', ' ').replace("|", "\\|");
    return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
  }
}
