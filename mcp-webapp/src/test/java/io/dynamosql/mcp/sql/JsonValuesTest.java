package io.dynamosql.mcp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers reach every client with their exact value: as JSON numbers when a double holds them
 * exactly (JavaScript parses JSON numbers into doubles), else as strings of their digits.
 */
class JsonValuesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0",
    "42, 42",
    "-7, -7",
    "10.25, 10.25",
    "0.1, 0.1",
    "3389.32, 3389.32",
    "9007199254740991, 9007199254740991",
    "9007199254740993, '\"9007199254740993\"'",
    "12345678901234567890123456789012.345678, '\"12345678901234567890123456789012.345678\"'",
    "0.12345678901234567890123, '\"0.12345678901234567890123\"'",
    "1E+3, 1000",
  })
  void decimalsAreExact(String value, String json) throws Exception {
    assertEquals(json, JsonValues.toJson(new BigDecimal(value)).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "9007199254740991, 9007199254740991",
    "9223372036854775807, '\"9223372036854775807\"'"
  })
  void integersBeyondADoublesPrecisionAreStrings(long value, String json) throws Exception {
    assertEquals(json, JsonValues.toJson(value).toString());
    assertEquals(json, JsonValues.toJson(BigInteger.valueOf(value)).toString());
  }
}
