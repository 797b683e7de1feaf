package io.dynamosql.jdbc.error;

/**
 * Quotes user input (a statement, an identifier, a literal) in a message without echoing all of it:
 * an error about a 100,000-character name must still be readable, and must not carry the whole
 * input back to a log or an AI assistant.
 */
public final class Excerpt {

  /** The most characters of the input a message quotes. */
  public static final int MAX_QUOTED = 200;

  private Excerpt() {}

  /**
   * The text itself when it is short, else its first {@link #MAX_QUOTED} characters, an ellipsis
   * and its full length, e.g. {@code xxxx… (100000 characters)}.
   */
  public static String of(String text) {
    if (text == null || text.length() <= MAX_QUOTED) {
      return text;
    }
    return head(text, MAX_QUOTED) + "… (" + text.length() + " characters)";
  }

  /**
   * A message capped at {@code max} characters: its beginning and its end (which usually say what
   * is wrong and where) around a note of how much was left out.
   */
  static String capped(String message, int max) {
    if (message == null || message.length() <= max) {
      return message;
    }
    int tailLength = max / 4;
    String head = head(message, max - tailLength);
    String tail = tail(message, tailLength);
    int omitted = message.length() - head.length() - tail.length();
    return head + " … [" + omitted + " characters left out] … " + tail;
  }

  /** The first {@code length} characters, not splitting a surrogate pair. */
  private static String head(String text, int length) {
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }

  /** The last {@code length} characters, not splitting a surrogate pair. */
  private static String tail(String text, int length) {
    int start = text.length() - length;
    if (Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }
}
