package io.dynamosql.mcp.transport;

import java.util.Locale;
import java.util.regex.Pattern;

/** The media-type checks every JSON endpoint of the webapp makes. */
public final class MediaTypes {

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

  /** A quoted-string: qdtext and quoted-pairs, obs-text included (headers arrive as ISO-8859-1). */
  private static final String QUOTED =
      "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E\\x80-\\xFF]|\\\\[\\t \\x21-\\x7E\\x80-\\xFF])*\"";

  /**
   * RFC 9110, section 8.3.1: type "/" subtype *( OWS ";" OWS [ token "=" ( token / quoted ) ] ).
   */
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "[ \\t]*"
              + TOKEN
              + "/"
              + TOKEN
              + "(?:[ \\t]*;[ \\t]*(?:"
              + TOKEN
              + "=(?:"
              + TOKEN
              + "|"
              + QUOTED
              + "))?)*[ \\t]*");

  private MediaTypes() {}

  /**
   * Whether a {@code Content-Type} header value is one well-formed media type: a list ({@code
   * text/plain, application/json}) or a bare word is not.
   */
  public static boolean isMediaType(String contentType) {
    return MEDIA_TYPE.matcher(contentType).matches();
  }

  /** Whether a {@code Content-Type} header names JSON (parameters such as charset allowed). */
  public static boolean isJson(String contentType) {
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("application/json");
  }

  /** Whether an {@code Accept} header admits a JSON answer (absent means anything). */
  public static boolean acceptsJson(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
      String type = range.split(";")[0].trim();
      if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an {@code Accept} header names {@code text/event-stream} (as MCP clients send it). */
  public static boolean acceptsEventStream(String accept) {
    if (accept == null) {
      return false;
    }
    for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
      if (range.split(";")[0].trim().equals("text/event-stream")) {
        return true;
      }
    }
    return false;
  }
}
