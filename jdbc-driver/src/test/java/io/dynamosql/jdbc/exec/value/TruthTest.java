package io.dynamosql.jdbc.exec.value;

import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TruthTest {

  private static final Boolean T = Boolean.TRUE;
  private static final Boolean F = Boolean.FALSE;
  private static final Boolean U = null;

  /** a, b, a AND b, a OR b: the full three-valued tables. */
  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of(T, T, T, T),
        Arguments.of(T, F, F, T),
        Arguments.of(T, U, U, T),
        Arguments.of(F, T, F, T),
        Arguments.of(F, F, F, F),
        Arguments.of(F, U, F, U),
        Arguments.of(U, T, U, T),
        Arguments.of(U, F, F, U),
        Arguments.of(U, U, U, U));
  }

  @ParameterizedTest
  @MethodSource("tables")
  void followsThreeValuedLogic(Boolean a, Boolean b, Boolean and, Boolean or) {
    assertEquals(and, Truth.and(a, b));
    assertEquals(or, Truth.or(a, b));
  }

  @Test
  void notKeepsUnknown() {
    assertEquals(F, Truth.not(T));
    assertEquals(T, Truth.not(F));
    assertEquals(U, Truth.not(U));
  }

  @Test
  void onlyTrueHolds() {
    assertTrue(Truth.isTrue(T));
    assertFalse(Truth.isTrue(F));
    assertFalse(Truth.isTrue(U));
    assertFalse(Truth.isTrue("true"));
  }

  @Test
  void conditionsMustBeBoolean() throws SQLException {
    assertEquals(T, Truth.condition(T));
    assertEquals(U, Truth.condition(null));
    assertInvalid(
        () -> Truth.condition(BigDecimal.ONE),
        "A condition must be BOOLEAN, not DECIMAL '1'",
        "42804");
  }
}
