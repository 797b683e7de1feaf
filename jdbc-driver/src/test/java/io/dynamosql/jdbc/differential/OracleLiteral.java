package io.dynamosql.jdbc.differential;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes a DynamoDB value as a DuckDB literal of its column's {@link OracleType}. Numbers go
 * through text and an explicit cast so that 38 digits survive; set elements are written in the
 * driver's order (sorted), so that both engines hold the same sequence.
 */
final class OracleLiteral {

  private OracleLiteral() {}

  /** The literal, cast to the column type; {@code null} (missing) and NUL are SQL NULL. */
  static String of(AttributeValue value, OracleType type) {
    return "CAST(" + render(value, type) + " AS " + type.ddl() + ")";
  }

  private static String render(AttributeValue value, OracleType type) {
    if (value == null || value.type() == AttributeValue.Type.NUL) {
      return "NULL";
    }
    if (type instanceof OracleType.StructOf struct) {
      return struct(value.m(), struct);
    }
    if (type instanceof OracleType.ListOf list) {
      return list(value, list.element());
    }
    return scalar(value, type.ddl());
  }

  private static String scalar(AttributeValue value, String ddl) {
    return switch (value.type()) {
      case S -> OracleIdentifiers.literal(value.s());
      case N -> "CAST(" + OracleIdentifiers.literal(value.n()) + " AS " + ddl + ")";
      case BOOL ->
          ddl.equals("VARCHAR")
              ? OracleIdentifiers.literal(value.bool().toString())
              : value.bool().toString();
      case B -> blob(value.b());
      default -> throw new IllegalArgumentException("not a scalar: " + value);
    };
  }

  private static String list(AttributeValue value, OracleType element) {
    List<String> elements = new ArrayList<>();
    switch (value.type()) {
      case SS ->
          value.ss().stream().sorted().forEach(s -> elements.add(OracleIdentifiers.literal(s)));
      case NS ->
          value.ns().stream()
              .map(java.math.BigDecimal::new)
              .sorted()
              .forEach(
                  n ->
                      elements.add(
                          "CAST("
                              + OracleIdentifiers.literal(n.toPlainString())
                              + " AS "
                              + element.ddl()
                              + ")"));
      case BS ->
          value.bs().stream()
              .map(SdkBytes::asByteArray)
              .sorted(java.util.Arrays::compareUnsigned)
              .forEach(b -> elements.add(blob(SdkBytes.fromByteArray(b))));
      case L -> value.l().forEach(e -> elements.add(render(e, element)));
      default -> throw new IllegalArgumentException("not a list or set: " + value);
    }
    return elements.stream().collect(Collectors.joining(", ", "[", "]"));
  }

  private static String struct(Map<String, AttributeValue> map, OracleType.StructOf type) {
    return type.fields().entrySet().stream()
        .map(
            field ->
                OracleIdentifiers.literal(field.getKey())
                    + ": "
                    + of(map.get(field.getKey()), field.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String blob(SdkBytes bytes) {
    return "unhex("
        + OracleIdentifiers.literal(HexFormat.of().formatHex(bytes.asByteArray()))
        + ")";
  }
}
