package io.dynamosql.jdbc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.dynamo.TableDescription;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnInferenceTest {

  private static final SetValue TAGS = new SetValue(SetValue.Kind.STRING, List.of("a"));

  /** Values sampled for one attribute → the SQL type it widens to. */
  static Stream<Arguments> widening() {
    return Stream.of(
        Arguments.of(List.of("x", "y"), SqlType.VARCHAR, "S"),
        Arguments.of(numbers("1", "-20", "9223372036854775807"), SqlType.BIGINT, "N"),
        Arguments.of(numbers("1", "2.5"), SqlType.DECIMAL, "N"),
        Arguments.of(numbers("1", "9223372036854775808"), SqlType.DECIMAL, "N"),
        Arguments.of(numbers("12345678901234567890123456789012.345678"), SqlType.DECIMAL, "N"),
        Arguments.of(numbers("1.0", "2.00"), SqlType.BIGINT, "N"),
        Arguments.of(List.of(new byte[] {1}), SqlType.VARBINARY, "B"),
        Arguments.of(List.of(true, false), SqlType.BOOLEAN, "BOOL"),
        Arguments.of(List.of(TAGS), SqlType.ARRAY, "SS"),
        Arguments.of(List.of(List.of("a"), Map.of("k", "v")), SqlType.JSON, "L|M"),
        Arguments.of(withNull("x"), SqlType.VARCHAR, "S"),
        Arguments.of(withNull(null), SqlType.VARCHAR, "NULL"),
        Arguments.of(List.of(new BigDecimal("1"), "n/a"), SqlType.VARIANT, "S|N"),
        Arguments.of(
            List.of(TAGS, new SetValue(SetValue.Kind.NUMBER, List.of(BigDecimal.ONE))),
            SqlType.VARIANT,
            "SS|NS"),
        Arguments.of(List.of("x", Map.of("k", "v")), SqlType.VARIANT, "S|M"));
  }

  @ParameterizedTest(name = "{2} -> {1}")
  @MethodSource("widening")
  void widensSampledTypes(List<Object> values, SqlType expected, String dynamoType) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Map<String, Object> item = new HashMap<>();
      item.put("id", "k" + i);
      item.put("v", values.get(i));
      items.add(item);
    }
    ColumnSchema v = column(ColumnInference.infer(table(), items, Map.of()), "v");
    assertEquals(expected, v.type());
    assertEquals(dynamoType, v.dynamoType());
    assertTrue(v.nullable());
  }

  @Test
  void widenIgnoresNullAndMixesToVariant() {
    assertEquals(SqlType.VARCHAR, TypeWidening.widen(Set.of(), true));
    assertEquals(
        SqlType.VARIANT, TypeWidening.widen(EnumSet.of(AttributeType.N, AttributeType.BOOL), true));
  }

  @Test
  void keysComeFirstThenAttributesByNameThenPathsThenCatchAll() {
    TableDescription orders =
        new TableDescription(
            "orders",
            "ACTIVE",
            "customer_id",
            Optional.of("order_id"),
            Map.of("customer_id", "S", "order_id", "S", "total", "N", "channel", "S"),
            List.of(),
            3,
            100,
            Optional.empty());
    Map<String, Object> item = new HashMap<>();
    item.put("customer_id", "c1");
    item.put("order_id", "o1");
    item.put("Zeta", "z");
    item.put("alpha", "a");
    item.put("loyalty.points", new BigDecimal("3"));
    item.put(
        "address",
        Map.of(
            "city",
            "Oslo",
            "geo",
            Map.of("lat", new BigDecimal("1.5")),
            "zip-code",
            "0150",
            "deep",
            Map.of("a", Map.of("b", Map.of("c", "d")))));
    List<ColumnSchema> columns =
        ColumnInference.infer(orders, List.of(item), Map.of("alpha", SqlType.JSON));
    assertEquals(
        List.of(
            "customer_id",
            "order_id",
            "address",
            "address.city",
            "address.deep",
            "address.deep.a",
            "address.geo",
            "address.geo.lat",
            "address.\"zip-code\"",
            "alpha",
            "channel",
            "loyalty.points",
            "total",
            "Zeta",
            "_extra"),
        columns.stream().map(ColumnSchema::name).toList());
    ColumnSchema pk = columns.get(0);
    assertEquals(KeyRole.PARTITION_KEY, pk.keyRole());
    assertFalse(pk.nullable());
    assertEquals("DynamoDB S; partition key", pk.remarks());
    assertEquals(KeyRole.SORT_KEY, columns.get(1).keyRole());
    assertEquals(
        List.of("address", "geo", "lat"), column(columns, "address.geo.lat").attributePath());
    assertEquals(SqlType.DECIMAL, column(columns, "address.geo.lat").type());
    assertEquals(List.of("loyalty.points"), column(columns, "loyalty.points").attributePath());
    assertEquals(SqlType.JSON, column(columns, "alpha").type());
    assertTrue(column(columns, "alpha").remarks().contains("mapping file"));
    assertEquals(SqlType.DECIMAL, column(columns, "total").type());
    assertTrue(column(columns, "total").remarks().contains("not in the sampled items"));
    assertTrue(column(columns, "_extra").isCatchAll());
    for (int i = 0; i < columns.size(); i++) {
      assertEquals(i + 1, columns.get(i).ordinal());
    }
  }

  @Test
  void aRareAttributeIsAColumnWithItsFrequencyInRemarks() {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Map<String, Object> item = new HashMap<>();
      item.put("id", "k" + i);
      if (i == 17) {
        item.put("referral_code", "FRIEND");
      }
      items.add(item);
    }
    ColumnSchema rare = column(ColumnInference.infer(table(), items, Map.of()), "referral_code");
    assertEquals("DynamoDB S; in 1 of 60 sampled items", rare.remarks());
  }

  private static TableDescription table() {
    return new TableDescription(
        "t",
        "ACTIVE",
        "id",
        Optional.empty(),
        Map.of("id", "S"),
        List.of(),
        0,
        0,
        Optional.empty());
  }

  private static ColumnSchema column(List<ColumnSchema> columns, String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<Object> numbers(String... values) {
    return Stream.of(values).map(v -> (Object) new BigDecimal(v)).toList();
  }

  private static List<Object> withNull(Object value) {
    List<Object> values = new ArrayList<>();
    values.add(value);
    values.add(null);
    return values;
  }
}
