package io.dynamosql.jdbc.exec.function;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The scalar functions by name, case-insensitively, and by DatabaseMetaData category. Immutable
 * once built, and the functions hold no state, so one registry may serve every connection.
 */
public final class FunctionRegistry {

  private final Map<String, ScalarFunction> functions = new LinkedHashMap<>();
  private final Map<FunctionCategory, SortedSet<String>> categories =
      new EnumMap<>(FunctionCategory.class);

  private FunctionRegistry() {
    for (FunctionCategory category : FunctionCategory.values()) {
      categories.put(category, new TreeSet<>());
    }
  }

  /** Every built-in function; CURRENT_DATE, CURRENT_TIMESTAMP and NOW read the system clock. */
  public static FunctionRegistry standard() {
    return standard(Clock.systemUTC());
  }

  /**
   * Every built-in function, with CURRENT_DATE, CURRENT_TIMESTAMP and NOW reading {@code clock}:
   * the engine may pass a fixed clock so that every row of one statement sees the same time, as SQL
   * requires.
   */
  public static FunctionRegistry standard(Clock clock) {
    FunctionRegistry registry = new FunctionRegistry();
    registry.register(FunctionCategory.STRING, StringFunctions.all());
    registry.register(FunctionCategory.NUMERIC, NumericFunctions.all());
    registry.register(FunctionCategory.TIME_DATE, TemporalFunctions.all(clock));
    registry.register(FunctionCategory.SYSTEM, DocumentFunctions.all());
    registry.register(FunctionCategory.SYSTEM, ComparisonFunctions.all());
    return registry;
  }

  private void register(FunctionCategory category, List<? extends ScalarFunction> family) {
    for (ScalarFunction function : family) {
      if (functions.putIfAbsent(function.name(), function) != null) {
        throw new IllegalStateException("two functions named " + function.name());
      }
      categories.get(category).add(function.name());
    }
  }

  /** The function of that name, in any letter case. */
  public Optional<ScalarFunction> lookup(String name) {
    return Optional.ofNullable(functions.get(name.toUpperCase(Locale.ROOT)));
  }

  /** Every function name (upper case), for DatabaseMetaData.getFunctions. */
  public SortedSet<String> names() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(functions.keySet()));
  }

  /** The names of one category, for getStringFunctions, getNumericFunctions and so on. */
  public SortedSet<String> names(FunctionCategory category) {
    return Collections.unmodifiableSortedSet(categories.get(category));
  }
}
