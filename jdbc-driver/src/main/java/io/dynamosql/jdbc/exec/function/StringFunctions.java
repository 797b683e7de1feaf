package io.dynamosql.jdbc.exec.function;

import static io.dynamosql.jdbc.exec.function.Parameter.ANY;
import static io.dynamosql.jdbc.exec.function.Parameter.INTEGER;
import static io.dynamosql.jdbc.exec.function.Parameter.TEXT;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.SqlType;
import io.dynamosql.jdbc.type.ValueConversions;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * String functions. Lengths and positions count characters (code points, as DuckDB counts UTF-8
 * characters), not UTF-16 units; positions are 1-based.
 *
 * <ul>
 *   <li>LOWER, UPPER: per character (simple case mapping, so the length never changes).
 *   <li>LENGTH, CHAR_LENGTH, CHARACTER_LENGTH: characters → BIGINT.
 *   <li>SUBSTRING/SUBSTR(s, start [, length]) like DuckDB: start 0 is the position before the first
 *       character ({@code SUBSTRING('hello', 0, 3) = 'he'}), a negative start counts from the end
 *       ({@code SUBSTRING('hello', -3) = 'llo'}), a negative length gives ''.
 *   <li>TRIM, LTRIM, RTRIM(s [, characters]): without characters only spaces are removed.
 *   <li>CONCAT(v, ...): skips NULLs ({@code CONCAT('a', NULL) = 'a'}, all NULL gives ''), renders
 *       non-strings as CAST to VARCHAR does. The {@code ||} operator is the engine's and propagates
 *       NULL.
 *   <li>REPLACE(s, from, to): every occurrence; an empty {@code from} changes nothing.
 *   <li>POSITION(needle, haystack) (the parser's {@code POSITION(x IN y)}) and
 *       STRPOS/INSTR(haystack, needle): 1-based, 0 when absent, 1 for an empty needle.
 *   <li>STARTS_WITH(s, prefix) → BOOLEAN.
 *   <li>LEFT/RIGHT(s, n): the first/last n characters; a negative n drops |n| from the other end.
 *   <li>LPAD/RPAD(s, n, fill): pad to n characters with repeated {@code fill}; a longer string is
 *       cut to its first n characters; padding with '' fails with 22023.
 *   <li>REVERSE(s): by character.
 * </ul>
 */
final class StringFunctions {

  private StringFunctions() {}

  static List<BuiltinFunction> all() {
    BuiltinFunction length =
        BuiltinFunction.named("LENGTH")
            .takes(SqlType.BIGINT, TEXT)
            .does(a -> (long) text(a, 0).codePointCount(0, text(a, 0).length()));
    BuiltinFunction substring =
        BuiltinFunction.named("SUBSTRING")
            .takes(SqlType.VARCHAR, TEXT, INTEGER)
            .takes(SqlType.VARCHAR, TEXT, INTEGER, INTEGER)
            .does(
                a -> substring(text(a, 0), (Long) a.get(1), a.size() > 2 ? (Long) a.get(2) : null));
    BuiltinFunction strpos =
        BuiltinFunction.named("STRPOS")
            .takes(SqlType.BIGINT, TEXT, TEXT)
            .does(a -> position(text(a, 1), text(a, 0)));
    return List.of(
        BuiltinFunction.named("LOWER")
            .takes(SqlType.VARCHAR, TEXT)
            .does(a -> mapCharacters(text(a, 0), Character::toLowerCase)),
        BuiltinFunction.named("UPPER")
            .takes(SqlType.VARCHAR, TEXT)
            .does(a -> mapCharacters(text(a, 0), Character::toUpperCase)),
        length,
        length.alias("CHAR_LENGTH"),
        length.alias("CHARACTER_LENGTH"),
        substring,
        substring.alias("SUBSTR"),
        trim("TRIM", true, true),
        trim("LTRIM", true, false),
        trim("RTRIM", false, true),
        BuiltinFunction.named("CONCAT")
            .takesVariadic(Signature.ReturnType.fixed(SqlType.VARCHAR), ANY)
            .calledOnNull()
            .does(StringFunctions::concat),
        BuiltinFunction.named("REPLACE")
            .takes(SqlType.VARCHAR, TEXT, TEXT, TEXT)
            .does(a -> replace(text(a, 0), text(a, 1), text(a, 2))),
        BuiltinFunction.named("POSITION")
            .takes(SqlType.BIGINT, TEXT, TEXT)
            .does(a -> position(text(a, 0), text(a, 1))),
        strpos,
        strpos.alias("INSTR"),
        BuiltinFunction.named("STARTS_WITH")
            .takes(SqlType.BOOLEAN, TEXT, TEXT)
            .does(a -> text(a, 0).startsWith(text(a, 1))),
        BuiltinFunction.named("LEFT")
            .takes(SqlType.VARCHAR, TEXT, INTEGER)
            .does(a -> left(text(a, 0), (Long) a.get(1))),
        BuiltinFunction.named("RIGHT")
            .takes(SqlType.VARCHAR, TEXT, INTEGER)
            .does(a -> right(text(a, 0), (Long) a.get(1))),
        BuiltinFunction.named("REVERSE")
            .takes(SqlType.VARCHAR, TEXT)
            .does(a -> new StringBuilder(text(a, 0)).reverse().toString()),
        pad("LPAD", true),
        pad("RPAD", false));
  }

  private static String text(List<Object> arguments, int index) {
    return (String) arguments.get(index);
  }

  private static String mapCharacters(String text, IntUnaryOperator mapping) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().map(mapping).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The characters from 0-based {@code begin} (inclusive) to {@code end} (exclusive), clipped. */
  private static String slice(int[] characters, long begin, long end) {
    long from = Math.max(0, begin);
    long to = Math.min(characters.length, end);
    return to <= from ? "" : new String(characters, (int) from, (int) (to - from));
  }

  private static String substring(String text, long start, Long length) {
    int[] characters = text.codePoints().toArray();
    long begin = start > 0 ? start - 1 : start == 0 ? -1 : characters.length + start;
    if (length == null) {
      return slice(characters, begin, characters.length);
    }
    return length < 0 ? "" : slice(characters, begin, saturatedAdd(begin, length));
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  private static String left(String text, long n) {
    int[] characters = text.codePoints().toArray();
    return slice(characters, 0, n >= 0 ? n : characters.length + n);
  }

  private static String right(String text, long n) {
    int[] characters = text.codePoints().toArray();
    return slice(characters, n >= 0 ? characters.length - n : -n, characters.length);
  }

  private static BuiltinFunction trim(String name, boolean leading, boolean trailing) {
    return BuiltinFunction.named(name)
        .takes(SqlType.VARCHAR, TEXT)
        .takes(SqlType.VARCHAR, TEXT, TEXT)
        .does(a -> trim(text(a, 0), a.size() > 1 ? text(a, 1) : " ", leading, trailing));
  }

  private static String trim(String text, String characters, boolean leading, boolean trailing) {
    int[] input = text.codePoints().toArray();
    int begin = 0;
    int end = input.length;
    while (leading && begin < end && characters.indexOf(input[begin]) >= 0) {
      begin++;
    }
    while (trailing && end > begin && characters.indexOf(input[end - 1]) >= 0) {
      end--;
    }
    return new String(input, begin, end - begin);
  }

  private static String concat(List<Object> arguments) {
    StringBuilder out = new StringBuilder();
    for (Object argument : arguments) {
      if (argument != null) {
        out.append(ValueConversions.toText(argument));
      }
    }
    return out.toString();
  }

  private static String replace(String text, String from, String to) {
    return from.isEmpty() ? text : text.replace(from, to);
  }

  private static long position(String needle, String haystack) {
    int index = haystack.indexOf(needle);
    return index < 0 ? 0 : haystack.codePointCount(0, index) + 1L;
  }

  private static BuiltinFunction pad(String name, boolean left) {
    return BuiltinFunction.named(name)
        .takes(SqlType.VARCHAR, TEXT, INTEGER, TEXT)
        .does(a -> pad(name, text(a, 0), (Long) a.get(1), text(a, 2), left));
  }

  private static String pad(String name, String text, long length, String fill, boolean left)
      throws SQLException {
    int[] characters = text.codePoints().toArray();
    if (length <= characters.length) {
      return slice(characters, 0, length);
    }
    if (length > SqlType.MAX_ITEM_BYTES) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          name + " length " + length + " exceeds " + SqlType.MAX_ITEM_BYTES + " characters");
    }
    int[] filler = fill.codePoints().toArray();
    if (filler.length == 0) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception(
          name + " cannot pad '" + text + "' to " + length + " characters with ''");
    }
    StringBuilder padding = new StringBuilder();
    for (int i = 0; i < length - characters.length; i++) {
      padding.appendCodePoint(filler[i % filler.length]);
    }
    return left ? padding + text : text + padding;
  }
}
