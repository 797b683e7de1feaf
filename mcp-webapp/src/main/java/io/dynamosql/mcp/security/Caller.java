package io.dynamosql.mcp.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The authenticated party behind a request.
 *
 * @param clientId the OAuth client ({@code client_id} claim, else the token's {@code azp}, else the
 *     subject); rate limits are kept per client
 * @param subject the token subject
 * @param scopes the granted scopes this server understands
 */
public record Caller(String clientId, String subject, Set<Scope> scopes) {

  public Caller {
    scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
  }

  /** The caller of a deployment that runs without authentication (the conformance profile). */
  public static Caller unauthenticated() {
    return new Caller("anonymous", "anonymous", EnumSet.allOf(Scope.class));
  }

  public boolean has(Scope scope) {
    return scopes.contains(scope);
  }
}
