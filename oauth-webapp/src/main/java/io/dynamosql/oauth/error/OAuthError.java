package io.dynamosql.oauth.error;

/**
 * The OAuth error codes this server answers with (RFC 6749 §4.1.2.1 and §5.2, RFC 7591 §3.2.2, RFC
 * 8707 §2, RFC 7009 §2.2.1), each with the HTTP status of a direct (non-redirect) response.
 */
public enum OAuthError {
  INVALID_REQUEST("invalid_request", 400),
  // RFC 6749 §5.2: 401 when the client tried to authenticate; the renderer adds WWW-Authenticate.
  INVALID_CLIENT("invalid_client", 401),
  INVALID_GRANT("invalid_grant", 400),
  UNAUTHORIZED_CLIENT("unauthorized_client", 400),
  UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),
  UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type", 400),
  UNSUPPORTED_TOKEN_TYPE("unsupported_token_type", 400),
  INVALID_SCOPE("invalid_scope", 400),
  INVALID_TARGET("invalid_target", 400),
  ACCESS_DENIED("access_denied", 403),
  INVALID_REDIRECT_URI("invalid_redirect_uri", 400),
  INVALID_CLIENT_METADATA("invalid_client_metadata", 400),
  TEMPORARILY_UNAVAILABLE("temporarily_unavailable", 429),
  SERVER_ERROR("server_error", 500);

  private final String code;
  private final int status;

  OAuthError(String code, int status) {
    this.code = code;
    this.status = status;
  }

  /** The {@code error} value on the wire. */
  public String code() {
    return code;
  }

  /** The HTTP status of a direct error response. */
  public int status() {
    return status;
  }

  /** An exception carrying this error and a description safe to show to the client. */
  public OAuthException exception(String description) {
    return new OAuthException(this, description);
  }
}
