package io.dynamosql.mcp.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/**
 * Turns JDBC values into JSON: numbers stay exact (DynamoDB numbers have 38 digits), binary becomes
 * base64, arrays and the driver's JSON values (List/Map) become JSON arrays and objects, temporal
 * values become ISO-8601 strings.
 */
public final class JsonValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonValues() {}

  /** The value of a result-set column as JSON. */
  public static JsonNode read(ResultSet rows, int column) throws SQLException {
    return toJson(rows.getObject(column));
  }

  static JsonNode toJson(Object value) throws SQLException {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String text) {
      return NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return NODES.numberNode(big);
    }
    if (value instanceof BigDecimal decimal) {
      return NODES.numberNode(decimal);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      // JSON has no NaN or infinity; keep them readable instead of failing the whole result.
      return Double.isFinite(number) ? NODES.numberNode(number) : NODES.textNode(value.toString());
    }
    if (value instanceof byte[] bytes) {
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof Array array) {
      return toJson(array.getArray());
    }
    if (value instanceof Object[] elements) {
      ArrayNode node = NODES.arrayNode();
      for (Object element : elements) {
        node.add(toJson(element));
      }
      return node;
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return MAPPER.valueToTree(value);
    }
    if (value instanceof Clob clob) {
      return NODES.textNode(clob.getSubString(1, (int) Math.min(clob.length(), Integer.MAX_VALUE)));
    }
    if (value instanceof Timestamp timestamp) {
      return NODES.textNode(timestamp.toInstant().toString());
    }
    if (value instanceof java.sql.Date date) {
      return NODES.textNode(date.toLocalDate().toString());
    }
    if (value instanceof Time time) {
      return NODES.textNode(time.toLocalTime().toString());
    }
    if (value instanceof TemporalAccessor) {
      return NODES.textNode(value.toString());
    }
    return NODES.textNode(value.toString());
  }
}
