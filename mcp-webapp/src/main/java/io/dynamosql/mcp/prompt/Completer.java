package io.dynamosql.mcp.prompt;

import java.util.List;
import java.util.Map;

/** Suggests values for the arguments of one prompt or resource template. */
@FunctionalInterface
public interface Completer {

  /**
   * @param argument the argument being completed
   * @param value what the user typed so far
   * @param context the values of the other arguments already chosen
   * @return candidate values, best first (empty when the argument is not completable)
   */
  List<String> complete(String argument, String value, Map<String, String> context)
      throws Exception;

  /** The key of a prompt's completer. */
  static String forPrompt(String name) {
    return "ref/prompt:" + name;
  }

  /** The key of a resource template's completer. */
  static String forResource(String uriTemplate) {
    return "ref/resource:" + uriTemplate;
  }
}
