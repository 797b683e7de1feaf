package io.dynamosql.mcp.security;

/**
 * The {@code WWW-Authenticate: Bearer} challenges of RFC 6750 as MCP uses them: each names the
 * protected resource metadata (RFC 9728) so that a client can discover the authorization server.
 */
public final class BearerChallenge {

  /** The body of every 401: the challenge header says what to do. */
  public static final String UNAUTHORIZED_BODY =
      "{\"error\":\"unauthorized\",\"error_description\":\"A valid bearer token for this MCP"
          + " server is required\"}";

  private final String resourceMetadataUrl;

  public BearerChallenge(String resourceMetadataUrl) {
    this.resourceMetadataUrl = resourceMetadataUrl;
  }

  /** For a request without credentials: no error attribute (RFC 6750 §3.1). */
  public String missingToken() {
    return "Bearer resource_metadata=\""
        + resourceMetadataUrl
        + "\", scope=\""
        + Scope.all()
        + "\"";
  }

  /** For an invalid, expired or foreign token. */
  public String invalidToken() {
    return "Bearer error=\"invalid_token\", resource_metadata=\""
        + resourceMetadataUrl
        + "\", scope=\""
        + Scope.all()
        + "\"";
  }

  /** For a valid token without the scope the operation needs. */
  public String insufficientScope(Scope needed) {
    return "Bearer error=\"insufficient_scope\", scope=\""
        + needed.value()
        + "\", resource_metadata=\""
        + resourceMetadataUrl
        + "\", error_description=\"This operation needs the "
        + needed.value()
        + " scope\"";
  }
}
