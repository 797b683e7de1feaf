package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Parameter.ANY;
import static io.dynamosql.jdbc.exec.function.Parameter.SIZED;
import static io.dynamosql.jdbc.exec.function.Parameter.TEXT;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.RuntimeType;
import io.dynamosql.jdbc.exec.value.SqlComparison;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import io.dynamosql.jdbc.type.ValueConversions;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB-flavoured functions, with DynamoDB's meaning so that the planner may push them into a
 * FilterExpression.
 *
 * <ul>
 *   <li>SIZE(v) → BIGINT: a string's length in UTF-16 units, which is what DynamoDB's {@code size}
 *       answers (checked on DynamoDB Local: a character outside the BMP counts 2, while LENGTH
 *       counts it once); a binary's length in bytes; the number of elements of a set or list, of
 *       entries of a map.
 *   <li>CONTAINS(v, x) → BOOLEAN: a string contains the substring x; a set or list has an element
 *       equal to x (numbers by value).
 *   <li>ATTRIBUTE_TYPE(v) → VARCHAR: the DynamoDB type, one of S, N, B, BOOL, NULL, SS, NS, BS, L,
 *       M. NULL (missing attribute or DynamoDB NULL, which SQL does not tell apart) gives 'NULL',
 *       not SQL NULL; dates and timestamps are stored as strings, so 'S'.
 *   <li>JSON_EXTRACT(v, path) → JSON: the value at a {@link JsonPath} in a map, list or set, NULL
 *       when the path leads nowhere. A string is a JSON scalar here, not JSON text to parse: {@code
 *       '$'} gives it back, any longer path NULL. JSON_EXTRACT_STRING(v, path) → VARCHAR: the same
 *       value as text (strings as they are, documents as JSON text).
 * </ul>
 */
final class DocumentFunctions {

  private DocumentFunctions() {}

  static List<BuiltinFunction> all() {
    return List.of(
        BuiltinFunction.named("SIZE").takes(SqlType.BIGINT, SIZED).does(a -> size(a.get(0))),
        BuiltinFunction.named("CONTAINS")
            .takes(SqlType.BOOLEAN, SIZED, ANY)
            .does(a -> contains(a.get(0), a.get(1))),
        BuiltinFunction.named("ATTRIBUTE_TYPE")
            .takes(SqlType.VARCHAR, ANY)
            .calledOnNull()
            .does(a -> attributeType(a.get(0))),
        BuiltinFunction.named("JSON_EXTRACT")
            .takes(SqlType.JSON, ANY, TEXT)
            .does(a -> JsonPath.parse((String) a.get(1)).select(a.get(0))),
        BuiltinFunction.named("JSON_EXTRACT_STRING")
            .takes(SqlType.VARCHAR, ANY, TEXT)
            .does(a -> text(JsonPath.parse((String) a.get(1)).select(a.get(0)))));
  }

  private static long size(Object value) {
    if (value instanceof String text) {
      return text.length();
    }
    if (value instanceof byte[] bytes) {
      return bytes.length;
    }
    if (value instanceof SetValue set) {
      return set.elements().size();
    }
    if (value instanceof Map<?, ?> map) {
      return map.size();
    }
    return ((List<?>) value).size();
  }

  private static boolean contains(Object container, Object element) throws SQLException {
    if (container instanceof String text) {
      if (!(element instanceof String part)) {
        throw SqlState.DATATYPE_MISMATCH.exception(
            "CONTAINS on a string expects a VARCHAR to look for, not "
                + RuntimeType.describe(element));
      }
      return text.contains(part);
    }
    List<?> elements =
        container instanceof SetValue set
            ? set.elements()
            : container instanceof List<?> list ? list : null;
    if (elements == null) {
      throw SqlState.DATATYPE_MISMATCH.exception(
          "CONTAINS expects a string, set or list, not " + RuntimeType.describe(container));
    }
    for (Object candidate : elements) {
      if (Boolean.TRUE.equals(SqlComparison.equal(candidate, element))) {
        return true;
      }
    }
    return false;
  }

  private static String attributeType(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof SetValue set) {
      return set.kind().dynamoType();
    }
    return switch (RuntimeType.of(value)) {
      case BIGINT, DECIMAL, DOUBLE -> "N";
      case BOOLEAN -> "BOOL";
      case VARBINARY -> "B";
      case JSON -> value instanceof Map<?, ?> ? "M" : "L";
      default -> "S";
    };
  }

  private static String text(Object value) {
    return value == null ? null : ValueConversions.toText(value);
  }
}
