package io.dynamosql.jdbc.exec.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FunctionRegistryTest {

  private final FunctionRegistry registry = FunctionRegistry.standard();

  @Test
  void listsEveryFunctionOfTheContract() {
    Set<String> contract =
        Set.of(
            "LOWER",
            "UPPER",
            "LENGTH",
            "CHAR_LENGTH",
            "SUBSTRING",
            "SUBSTR",
            "TRIM",
            "LTRIM",
            "RTRIM",
            "CONCAT",
            "REPLACE",
            "POSITION",
            "STRPOS",
            "STARTS_WITH",
            "LEFT",
            "RIGHT",
            "REVERSE",
            "LPAD",
            "RPAD",
            "ABS",
            "ROUND",
            "FLOOR",
            "CEIL",
            "CEILING",
            "MOD",
            "POWER",
            "SQRT",
            "SIGN",
            "CURRENT_DATE",
            "CURRENT_TIMESTAMP",
            "NOW",
            "EXTRACT",
            "DATE_TRUNC",
            "DATE",
            "TO_TIMESTAMP",
            "SIZE",
            "CONTAINS",
            "ATTRIBUTE_TYPE",
            "JSON_EXTRACT",
            "JSON_EXTRACT_STRING",
            "GREATEST",
            "LEAST");
    assertTrue(registry.names().containsAll(contract), () -> missing(contract));
  }

  private String missing(Set<String> expected) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(registry.names());
    return "missing: " + missing;
  }

  @Test
  void looksNamesUpInAnyCase() {
    assertEquals("LOWER", registry.lookup("lower").orElseThrow().name());
    assertEquals("SUBSTR", registry.lookup("SubStr").orElseThrow().name());
    assertFalse(registry.lookup("NO_SUCH_FUNCTION").isPresent());
  }

  @Test
  void namesAreUpperCaseAndEachFunctionIsInExactlyOneCategory() {
    Set<String> seen = new HashSet<>();
    for (FunctionCategory category : FunctionCategory.values()) {
      for (String name : registry.names(category)) {
        assertEquals(name.toUpperCase(Locale.ROOT), name);
        assertTrue(seen.add(name), name + " is in two categories");
        assertEquals(name, registry.lookup(name).orElseThrow().name());
      }
    }
    assertEquals(registry.names(), new TreeSet<>(seen));
  }

  @Test
  void groupsFunctionsByMetadataCategory() {
    assertTrue(registry.names(FunctionCategory.STRING).containsAll(List.of("LOWER", "LPAD")));
    assertTrue(registry.names(FunctionCategory.NUMERIC).containsAll(List.of("ROUND", "SQRT")));
    assertTrue(
        registry.names(FunctionCategory.TIME_DATE).containsAll(List.of("NOW", "DATE_TRUNC")));
    assertTrue(registry.names(FunctionCategory.SYSTEM).containsAll(List.of("SIZE", "GREATEST")));
    for (FunctionCategory category : EnumSet.allOf(FunctionCategory.class)) {
      SortedSet<String> names = registry.names(category);
      assertEquals(new TreeSet<>(names), names);
    }
  }

  @Test
  void describesSignatures() {
    assertEquals(
        List.of("ROUND(NUMERIC)", "ROUND(NUMERIC, BIGINT)"),
        registry.lookup("ROUND").orElseThrow().signatures());
    assertEquals(List.of("CONCAT(ANY, ...)"), registry.lookup("CONCAT").orElseThrow().signatures());
  }
}
