package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.error.OAuthError;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The form parameters of a token request (RFC 6749 §3.2). */
public record TokenRequest(Map<String, List<String>> parameters) {

  public TokenRequest {
    parameters = Map.copyOf(parameters);
  }

  /**
   * A parameter's value; empty values count as absent (RFC 6749 §3.1).
   *
   * @throws io.dynamosql.oauth.error.OAuthException invalid_request when it is repeated
   */
  public Optional<String> optional(String name) {
    List<String> values = parameters.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw OAuthError.INVALID_REQUEST.exception("Parameter " + name + " is repeated");
    }
    return values.stream().filter(v -> !v.isEmpty()).findFirst();
  }

  /** A required parameter; its absence is {@code invalid_request}. */
  public String required(String name) {
    return optional(name)
        .orElseThrow(
            () -> OAuthError.INVALID_REQUEST.exception("Parameter " + name + " is missing"));
  }
}
