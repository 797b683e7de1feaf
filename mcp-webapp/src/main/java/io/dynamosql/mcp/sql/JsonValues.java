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
 * Turns JDBC values into JSON: numbers stay exact (DynamoDB numbers have 38 digits: those a double
 * cannot hold exactly travel as strings of their digits), binary becomes base64, arrays and the
 * driver's JSON values (List/Map) become JSON arrays and objects, temporal values become ISO-8601
 * strings.
 */
public final class JsonValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonValues() {}

  /** The value of a result-set column as JSON. */
  public static JsonNode read(ResultSet rows, int column) throws SQLException {
    return toJson(rows.getObject(column));
  }

  /**
   * A number as a JSON number when a double (what JavaScript clients parse JSON numbers into) holds
   * it exactly, else as a string of its exact digits: DynamoDB numbers have up to 38 digits, and a
   * silently rounded amount is worse than a quoted one.
   */
  private static JsonNode exact(BigDecimal number) {
    double approximate = number.doubleValue();
    boolean fits =
        Double.isFinite(approximate)
            && new BigDecimal(Double.toString(approximate)).compareTo(number) == 0
            && (number.scale() > 0 || number.abs().compareTo(MAX_SAFE_INTEGER) <= 0);
    if (!fits) {
      return NODES.textNode(number.toPlainString());
    }
    return number.scale() <= 0
        ? NODES.numberNode(number.longValueExact())
        : NODES.numberNode(number);
  }

  /** 2^53 - 1: the largest integer every JSON parser keeps exactly. */
  private static final BigDecimal MAX_SAFE_INTEGER = BigDecimal.valueOf(9007199254740991L);

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
      return exact(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof BigInteger big) {
      return exact(new BigDecimal(big));
    }
    if (value instanceof BigDecimal decimal) {
      return exact(decimal);
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
