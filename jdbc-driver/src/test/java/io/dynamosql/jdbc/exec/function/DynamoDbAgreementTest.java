package io.dynamosql.jdbc.exec.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.jdbc.exec.value.LikePattern;
import io.dynamosql.jdbc.exec.value.SqlComparison;
import io.dynamosql.jdbc.type.SetValue;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The functions the planner may push into a FilterExpression give DynamoDB's own answers: each
 * probe value is stored in DynamoDB Local and the same question is asked of DynamoDB (a filtered
 * read of that one item) and of the function library.
 */
class DynamoDbAgreementTest {

  private static final String TABLE = "function_probes";

  /** A value as DynamoDB stores it and as the value model holds it. */
  private record Probe(String key, AttributeValue stored, Object value) {
    @Override
    public String toString() {
      return key;
    }
  }

  private static final List<Probe> STRINGS =
      Stream.of("abc", "Zürich", "\uD83D\uDE00x", "", "\uFFFD", "ab%c", "B", "a", "é", "ab")
          .map(s -> new Probe("s:" + s, AttributeValue.fromS(s), s))
          .toList();

  private static final List<Probe> OTHERS =
      List.of(
          new Probe(
              "binary",
              AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})),
              new byte[] {1, 2, 3}),
          new Probe(
              "string set",
              AttributeValue.fromSs(List.of("vip", "new")),
              new SetValue(SetValue.Kind.STRING, List.of("vip", "new"))),
          new Probe(
              "number set",
              AttributeValue.fromNs(List.of("31", "2.5")),
              new SetValue(
                  SetValue.Kind.NUMBER, List.of(new BigDecimal("31"), new BigDecimal("2.5")))),
          new Probe(
              "binary set",
              AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {9}))),
              new SetValue(SetValue.Kind.BINARY, List.of(new byte[] {9}))),
          new Probe(
              "list",
              AttributeValue.fromL(
                  List.of(
                      AttributeValue.fromS("a"),
                      AttributeValue.fromN("2"),
                      AttributeValue.fromS("Zürich"))),
              List.of("a", new BigDecimal("2"), "Zürich")),
          new Probe(
              "map",
              AttributeValue.fromM(
                  Map.of("k", AttributeValue.fromS("v"), "n", AttributeValue.fromN("1"))),
              Map.of("k", "v", "n", new BigDecimal("1"))),
          new Probe("number", AttributeValue.fromN("42.5"), new BigDecimal("42.5")),
          new Probe("boolean", AttributeValue.fromBool(true), true),
          new Probe("null", AttributeValue.fromNul(true), null));

  private static DynamoDbLocal local;
  private static DynamoDbClient client;

  @BeforeAll
  static void storeProbes() {
    local = DynamoDbLocal.start();
    client = local.client();
    client.createTable(
        b ->
            b.tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
    for (Probe probe : probes().toList()) {
      client.putItem(
          b ->
              b.tableName(TABLE)
                  .item(Map.of("pk", AttributeValue.fromS(probe.key()), "v", probe.stored())));
    }
  }

  @AfterAll
  static void stop() {
    client.close();
    local.close();
  }

  static Stream<Probe> probes() {
    return Stream.concat(STRINGS.stream(), OTHERS.stream());
  }

  /**
   * Whether DynamoDB's filter {@code condition} (over attribute v and value :x) holds for the
   * probe.
   */
  private static boolean dynamoDbSays(Probe probe, String condition, AttributeValue x) {
    return client
            .scan(
                b ->
                    b.tableName(TABLE)
                        .filterExpression("pk = :pk AND (" + condition + ")")
                        .expressionAttributeValues(
                            Map.of(":pk", AttributeValue.fromS(probe.key()), ":x", x)))
            .count()
        == 1;
  }

  private static Object call(String name, Object... arguments) throws SQLException {
    return Calls.call(name, Arrays.asList(arguments));
  }

  static Stream<Probe> sized() {
    return probes().filter(p -> !List.of("number", "boolean", "null").contains(p.key()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sized")
  void sizeIsDynamoDbSize(Probe probe) throws SQLException {
    long size = (Long) call("SIZE", probe.value());
    assertEquals(
        true, dynamoDbSays(probe, "size(v) = :x", AttributeValue.fromN(Long.toString(size))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void attributeTypeIsDynamoDbType(Probe probe) throws SQLException {
    String type = (String) call("ATTRIBUTE_TYPE", probe.value());
    assertEquals(true, dynamoDbSays(probe, "attribute_type(v, :x)", AttributeValue.fromS(type)));
  }

  static Stream<Arguments> containment() {
    List<Arguments> cases = new ArrayList<>();
    for (Probe probe :
        sized().filter(p -> !p.key().equals("binary") && !p.key().equals("map")).toList()) {
      for (Object needle :
          List.of("a", "b", "ü", "vip", "Zürich", new BigDecimal("2"), new BigDecimal("31.0"))) {
        if (probe.value() instanceof String && !(needle instanceof String)) {
          continue;
        }
        cases.add(Arguments.of(probe, needle));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} contains {1}")
  @MethodSource("containment")
  void containsIsDynamoDbContains(Probe probe, Object needle) throws SQLException {
    AttributeValue x =
        needle instanceof String s
            ? AttributeValue.fromS(s)
            : AttributeValue.fromN(needle.toString());
    assertEquals(
        dynamoDbSays(probe, "contains(v, :x)", x), call("CONTAINS", probe.value(), needle));
  }

  static Stream<Arguments> stringPairs() {
    return STRINGS.stream().flatMap(a -> STRINGS.stream().map(b -> Arguments.of(a, b.value())));
  }

  @ParameterizedTest(name = "{0} < {1}")
  @MethodSource("stringPairs")
  void stringsCompareInDynamoDbOrder(Probe probe, String other) throws SQLException {
    boolean less = SqlComparison.compare(probe.value(), other) < 0;
    assertEquals(dynamoDbSays(probe, "v < :x", AttributeValue.fromS(other)), less);
  }

  @ParameterizedTest(name = "{0} begins with {1}")
  @MethodSource("stringPairs")
  void likePrefixIsBeginsWith(Probe probe, String prefix) throws SQLException {
    LikePattern pattern = LikePattern.compile(prefix.replace("%", "!%") + "%", '!');
    if (prefix.isEmpty()) {
      return; // DynamoDB refuses an empty begins_with operand; the planner never sends one.
    }
    assertEquals(
        dynamoDbSays(probe, "begins_with(v, :x)", AttributeValue.fromS(prefix)),
        pattern.matches((String) probe.value()));
  }
}
