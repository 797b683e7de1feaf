package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Typed access to a tool's arguments. A wrong argument is a tool execution error (the model can
 * correct it), so accessors throw {@link InvalidArgumentException}, which tools turn into an {@code
 * isError} result.
 */
final class ToolArguments {

  private final String tool;
  private final ObjectNode arguments;

  ToolArguments(String tool, ObjectNode arguments, Set<String> known)
      throws InvalidArgumentException {
    this.tool = tool;
    this.arguments = arguments;
    for (Iterator<String> names = arguments.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidArgumentException(
            tool + ": unknown argument '" + name + "'; expected " + String.join(", ", known));
      }
    }
  }

  String requiredString(String name) throws InvalidArgumentException {
    String value = optionalString(name);
    if (value == null || value.isBlank()) {
      throw new InvalidArgumentException(tool + ": argument '" + name + "' is required");
    }
    return value;
  }

  /** A string argument, or null when absent or JSON null. */
  String optionalString(String name) throws InvalidArgumentException {
    JsonNode value = arguments.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidArgumentException(
          tool + ": argument '" + name + "' must be a string, got " + describe(value));
    }
    return value.asText();
  }

  /** An integer argument within bounds, or the default when absent. */
  int integer(String name, int defaultValue, int min, int max) throws InvalidArgumentException {
    JsonNode value = arguments.get(name);
    if (value == null || value.isNull()) {
      return defaultValue;
    }
    if (!value.isIntegralNumber() && !(value.isNumber() && value.asDouble() % 1 == 0)) {
      throw new InvalidArgumentException(
          tool + ": argument '" + name + "' must be an integer, got " + describe(value));
    }
    long number = value.asLong();
    if (number < min || number > max) {
      throw new InvalidArgumentException(
          tool
              + ": argument '"
              + name
              + "' must be between "
              + min
              + " and "
              + max
              + ", got "
              + value);
    }
    return (int) number;
  }

  /** One of a closed set of lower-case words, or the default when absent. */
  <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue)
      throws InvalidArgumentException {
    String value = optionalString(name);
    if (value == null) {
      return defaultValue;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    throw new InvalidArgumentException(
        tool
            + ": argument '"
            + name
            + "' must be one of "
            + ToolSchemas.words(type)
            + ", got '"
            + value
            + "'");
  }

  private static String describe(JsonNode value) {
    return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value;
  }

  /** An argument the model must correct. */
  static final class InvalidArgumentException extends Exception {
    InvalidArgumentException(String message) {
      super(message, null, false, false);
    }
  }
}
