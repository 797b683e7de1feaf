package io.dynamosql.jdbc.exec.value;

import static io.dynamosql.jdbc.exec.value.SqlAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LikePatternTest {

  static Stream<Arguments> matches() {
    return Stream.of(
        Arguments.of("A%", null, "Ada Lovelace", true),
        Arguments.of("A%", null, "ada", false),
        Arguments.of("%son", null, "Grace Hopperson", true),
        Arguments.of("%son", null, "sonny", false),
        Arguments.of("%a%a%", null, "banana", true),
        Arguments.of("%a%a%", null, "bad", false),
        Arguments.of("_da %", null, "Ada Lovelace", true),
        Arguments.of("_da %", null, "Ada", false),
        Arguments.of("c00_", null, "c001", true),
        Arguments.of("c00_", null, "c0010", false),
        Arguments.of("%", null, "", true),
        Arguments.of("%%", null, "anything", true),
        Arguments.of("", null, "", true),
        Arguments.of("", null, "x", false),
        Arguments.of("abc", null, "abc", true),
        Arguments.of("abc", null, "abcd", false),
        Arguments.of("a%c", null, "ac", true),
        Arguments.of("a%c", null, "abcbc", true),
        Arguments.of("a%c", null, "abcb", false),
        // The last segment may not overlap the first: 'aba' does not match 'ab%ba'.
        Arguments.of("ab%ba", null, "aba", false),
        Arguments.of("ab%ba", null, "abba", true),
        Arguments.of("%b_d%", null, "abcde", true),
        Arguments.of("___", null, "Zür", true),
        // _ is one character even outside the BMP (two UTF-16 units).
        Arguments.of("_", null, "\uD83D\uDE00", true),
        Arguments.of("__", null, "\uD83D\uDE00", false),
        Arguments.of("%\uD83D\uDE00", null, "smile \uD83D\uDE00", true),
        Arguments.of("A%", null, "a", false),
        Arguments.of("FRIEND!-%", '!', "FRIEND-2024", true),
        Arguments.of("%\\_%", '\\', "snake_case", true),
        Arguments.of("%\\_%", '\\', "snakecase", false),
        Arguments.of("100!%", '!', "100%", true),
        Arguments.of("100!%", '!', "1000", false),
        Arguments.of("a!!b", '!', "a!b", true),
        Arguments.of("a!_b", '!', "axb", false),
        Arguments.of("a!-b", '!', "a-b", true),
        Arguments.of("2024-0_-1%", null, "2024-03-15T10:00:00Z", true));
  }

  @ParameterizedTest
  @MethodSource("matches")
  void matchesLikeSql(String pattern, Character escape, String text, boolean expected)
      throws SQLException {
    assertEquals(expected, LikePattern.compile(pattern, escape).matches(text));
  }

  static Stream<Arguments> caseInsensitiveMatches() {
    return Stream.of(
        Arguments.of("a%", null, "Ada Lovelace", true),
        Arguments.of("%SON", null, "Grace Hopperson", true),
        Arguments.of("zÜRICH", null, "Zürich", true),
        Arguments.of("_ÜRICH", null, "Zürich", true),
        Arguments.of("ΣΟΦΊΑ", null, "σοφία", true),
        Arguments.of("c00_", null, "C001", true),
        Arguments.of("c00_", null, "C0010", false),
        // The escaped character is matched ignoring case too; an escape letter stays the escape.
        Arguments.of("SAVE!%", '!', "save%", true),
        Arguments.of("SAVE!%", '!', "save10", false),
        Arguments.of("aXbX%", 'X', "AB%", true),
        Arguments.of("aXbX%", 'X', "ABx", false),
        Arguments.of("abc", null, "abd", false));
  }

  @ParameterizedTest
  @MethodSource("caseInsensitiveMatches")
  void matchesIlikeSql(String pattern, Character escape, String text, boolean expected)
      throws SQLException {
    assertEquals(expected, LikePattern.compile(pattern, escape, true).matches(text));
  }

  @Test
  void aCaseInsensitivePatternHasNoPrefixForBeginsWith() throws SQLException {
    LikePattern ilike = LikePattern.compile("ORDER#%", null, true);
    assertEquals(Optional.empty(), ilike.literalPrefix());
    assertFalse(ilike.isPrefixOnly());
  }

  @Test
  void pathologicalPatternsDoNotBacktrack() throws SQLException {
    String text = "a".repeat(100_000);
    assertFalse(LikePattern.compile("%a%a%a%a%a%a%b", null).matches(text));
    assertTrue(LikePattern.compile("%a%a%a%a%a%a%", null).matches(text));
    assertFalse(LikePattern.compile("%" + "a%".repeat(50) + "b", null).matches(text));
    assertTrue(LikePattern.compile("%" + "_%".repeat(50) + "a", null).matches(text));
    assertFalse(LikePattern.compile("%aaaaaaaaab%", null).matches(text));
  }

  static Stream<Arguments> prefixes() {
    return Stream.of(
        Arguments.of("ORDER#%", null, Optional.of("ORDER#"), true),
        Arguments.of("ORDER#%%", null, Optional.of("ORDER#"), true),
        Arguments.of("c01%", null, Optional.of("c01"), true),
        Arguments.of("ITEM#0_", null, Optional.of("ITEM#0"), false),
        Arguments.of("ab%c", null, Optional.of("ab"), false),
        Arguments.of("ab%c%", null, Optional.of("ab"), false),
        Arguments.of("abc", null, Optional.of("abc"), false),
        Arguments.of("%abc", null, Optional.empty(), false),
        Arguments.of("_abc%", null, Optional.empty(), false),
        Arguments.of("%", null, Optional.empty(), false),
        Arguments.of("100!%%", '!', Optional.of("100%"), true),
        Arguments.of("a!_%", '!', Optional.of("a_"), true));
  }

  @ParameterizedTest
  @MethodSource("prefixes")
  void exposesTheLiteralPrefixForBeginsWith(
      String pattern, Character escape, Optional<String> prefix, boolean prefixOnly)
      throws SQLException {
    LikePattern like = LikePattern.compile(pattern, escape);
    assertEquals(prefix, like.literalPrefix());
    assertEquals(prefixOnly, like.isPrefixOnly());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("abc!", '!', "LIKE pattern 'abc!': it ends with the escape character '!'"),
        Arguments.of("%\\", '\\', "escape character '\\'"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void refusesBadEscapes(String pattern, Character escape, String message) {
    assertInvalid(() -> LikePattern.compile(pattern, escape), message, "22025");
  }
}
