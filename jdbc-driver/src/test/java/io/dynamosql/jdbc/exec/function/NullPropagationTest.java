package io.dynamosql.jdbc.exec.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A meta-test over the registry: every function's NULL handling is the documented one. */
class NullPropagationTest {

  /** The functions documented to answer something else than NULL for a NULL argument. */
  private static final Set<String> CALLED_ON_NULL =
      Set.of("CONCAT", "GREATEST", "LEAST", "ATTRIBUTE_TYPE");

  static Stream<String> names() {
    return Calls.REGISTRY.names().stream();
  }

  /** A valid argument for each parameter kind, to stand beside the NULL. */
  private static Object sample(Parameter parameter) {
    return switch (parameter) {
      case TEXT -> "month";
      case NUMBER -> new BigDecimal("2");
      case INTEGER -> 2L;
      case TEMPORAL -> "2024-03-10T10:20:30Z";
      case SIZED -> List.of("a");
      case ANY -> "x";
    };
  }

  private static List<List<Object>> callsWithOneNull(BuiltinFunction function) {
    List<List<Object>> calls = new ArrayList<>();
    for (Signature signature : function.signatureList()) {
      int arity = signature.parameters().size() + (signature.variadic() ? 1 : 0);
      for (int nullAt = 0; nullAt < arity; nullAt++) {
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
          arguments.add(i == nullAt ? null : sample(signature.parameter(i)));
        }
        calls.add(arguments);
      }
    }
    return calls;
  }

  @ParameterizedTest
  @MethodSource("names")
  void returnsNullForANullArgumentUnlessDocumented(String name) throws SQLException {
    ScalarFunction function = Calls.function(name);
    assertEquals(!CALLED_ON_NULL.contains(name), function.returnsNullOnNullInput(), name);
    if (function.returnsNullOnNullInput()) {
      for (List<Object> arguments : callsWithOneNull((BuiltinFunction) function)) {
        assertNull(function.apply(arguments), name + arguments);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void typesNullArgumentsWithoutComplaint(String name) throws SQLException {
    BuiltinFunction function = (BuiltinFunction) Calls.function(name);
    for (Signature signature : function.signatureList()) {
      List<SqlType> types = Collections.nCopies(signature.parameters().size(), SqlType.NULL);
      assertTrue(function.returnType(types) != null, name);
    }
  }

  @Test
  void documentedExceptionsDoWhatTheySay() throws SQLException {
    assertEquals("ab", Calls.call("CONCAT", Arrays.asList("a", null, "b")));
    assertEquals("", Calls.call("CONCAT", Arrays.asList(null, null)));
    assertEquals(
        new BigDecimal("3"), Calls.call("GREATEST", Arrays.asList(null, new BigDecimal("3"))));
    assertEquals(
        new BigDecimal("3"), Calls.call("LEAST", Arrays.asList(new BigDecimal("3"), null)));
    assertNull(Calls.call("LEAST", Arrays.asList(null, null)));
    assertEquals("NULL", Calls.call("ATTRIBUTE_TYPE", Arrays.asList((Object) null)));
    assertEquals("M", Calls.call("ATTRIBUTE_TYPE", List.of(Map.of())));
  }
}
