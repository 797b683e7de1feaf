package io.dynamosql.jdbc.exec.function;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Calls registry functions by name, with a fixed clock, for the table-driven tests. */
final class Calls {

  static final Instant NOW = Instant.parse("2026-12-01T08:30:15.250Z");
  static final FunctionRegistry REGISTRY =
      FunctionRegistry.standard(Clock.fixed(NOW, ZoneOffset.UTC));

  private Calls() {}

  static ScalarFunction function(String name) {
    return REGISTRY.lookup(name).orElseThrow(() -> new AssertionError("no function " + name));
  }

  static Object call(String name, List<Object> arguments) throws SQLException {
    return function(name).apply(arguments);
  }

  /** A test row: function name, expected result, then the arguments (nulls allowed). */
  static Arguments row(String name, Object expected, Object... arguments) {
    return Arguments.of(name, expected, Arrays.asList(arguments));
  }
}
