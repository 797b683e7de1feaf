package io.dynamosql.oauth.consent;

import io.dynamosql.oauth.error.OAuthError;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The redirects that end an authorization request (RFC 6749 §4.1.2), each with {@code state} when
 * the client sent one and {@code iss} always (RFC 9207), so that a client talking to several
 * authorization servers can tell which one answered (mix-up attacks).
 */
final class AuthorizationResponses {

  private final String issuer;

  AuthorizationResponses(URI issuer) {
    this.issuer = issuer.toString();
  }

  URI code(String redirectUri, String code, Optional<String> state) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("code", code);
    return redirect(redirectUri, parameters, state);
  }

  URI error(String redirectUri, OAuthError error, String description, Optional<String> state) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("error", error.code());
    parameters.put("error_description", description);
    return redirect(redirectUri, parameters, state);
  }

  private URI redirect(String redirectUri, Map<String, String> parameters, Optional<String> state) {
    state.ifPresent(s -> parameters.put("state", s));
    parameters.put("iss", issuer);
    StringBuilder location = new StringBuilder(redirectUri);
    // A registered redirect URI may carry its own query (RFC 6749 §3.1.2): keep it and append.
    char separator = redirectUri.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      location
          .append(separator)
          .append(parameter.getKey())
          .append('=')
          .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return URI.create(location.toString());
  }
}
