package io.dynamosql.oauth.grant;

import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.error.OAuthError;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The scope and resource rules every grant and the authorization endpoint share. */
public final class RequestedAccess {

  private final List<URI> resources;

  public RequestedAccess(List<URI> resources) {
    this.resources = List.copyOf(resources);
  }

  /**
   * The scopes to grant: the requested ones when they are all allowed, or every allowed scope when
   * none were requested (RFC 6749 §3.3 lets the server pick a default).
   */
  public static Set<Scope> scopes(Optional<String> requested, Set<Scope> allowed) {
    if (requested.isEmpty()) {
      return allowed;
    }
    Set<Scope> parsed =
        Scope.parse(requested.get())
            .orElseThrow(
                () ->
                    OAuthError.INVALID_SCOPE.exception(
                        "Unknown scope in '" + requested.get() + "'"));
    if (!allowed.containsAll(parsed) || parsed.isEmpty()) {
      throw OAuthError.INVALID_SCOPE.exception(
          "Scope '" + requested.get() + "' exceeds what this client may request");
    }
    return parsed;
  }

  /**
   * The audience of the token: the requested resource when this server protects it (RFC 8707 §2),
   * otherwise the default resource.
   */
  public String audience(Optional<String> resource) {
    if (resource.isEmpty()) {
      return resources.get(0).toString();
    }
    return resources.stream()
        .map(URI::toString)
        .filter(r -> r.equals(resource.get()))
        .findFirst()
        .orElseThrow(
            () -> OAuthError.INVALID_TARGET.exception("Unknown resource " + resource.get()));
  }
}
