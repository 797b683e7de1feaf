package io.dynamosql.oauth;

import io.dynamosql.oauth.error.OAuthError;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an OAuth request, from a query string or a form (RFC 6749 §3.1: a parameter
 * must not be repeated, and an empty value counts as absent).
 */
public record RequestParameters(Map<String, List<String>> parameters) {

  public RequestParameters {
    parameters = Map.copyOf(parameters);
  }

  /** Whether the parameter occurs more than once. */
  public boolean isRepeated(String name) {
    return parameters.getOrDefault(name, List.of()).size() > 1;
  }

  /** The names of the parameters that occur more than once. */
  public List<String> repeatedNames() {
    return parameters.keySet().stream().filter(this::isRepeated).sorted().toList();
  }

  /**
   * A parameter's value; empty values count as absent.
   *
   * @throws io.dynamosql.oauth.error.OAuthException invalid_request when it is repeated
   */
  public Optional<String> optional(String name) {
    if (isRepeated(name)) {
      throw OAuthError.INVALID_REQUEST.exception("Parameter " + name + " is repeated");
    }
    return parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).findFirst();
  }

  /** A required parameter; its absence is {@code invalid_request}. */
  public String required(String name) {
    return optional(name)
        .orElseThrow(
            () -> OAuthError.INVALID_REQUEST.exception("Parameter " + name + " is missing"));
  }
}
