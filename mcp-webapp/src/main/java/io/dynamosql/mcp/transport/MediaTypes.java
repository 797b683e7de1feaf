package io.dynamosql.mcp.transport;

import java.util.Locale;

/** The media-type checks every JSON endpoint of the webapp makes. */
public final class MediaTypes {

  private MediaTypes() {}

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
