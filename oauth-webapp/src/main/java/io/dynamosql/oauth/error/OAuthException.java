package io.dynamosql.oauth.error;

/**
 * A client's mistake, answered with an OAuth error response. The description is shown to the
 * client, so it never carries internal detail.
 */
public final class OAuthException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final OAuthError error;
  private final boolean basicAuthenticationAttempted;

  public OAuthException(OAuthError error, String description) {
    this(error, description, false);
  }

  private OAuthException(OAuthError error, String description, boolean basic) {
    super(printable(description), null, false, false);
    this.error = error;
    this.basicAuthenticationAttempted = basic;
  }

  /** {@code invalid_client} after HTTP Basic authentication failed (RFC 6749 §5.2). */
  public static OAuthException invalidBasicClient(String description) {
    return new OAuthException(OAuthError.INVALID_CLIENT, description, true);
  }

  /**
   * The description in the characters RFC 6749 §5.2 allows ({@code %x20-21 / %x23-5B / %x5D-7E}),
   * since it often quotes what the client sent.
   */
  private static String printable(String description) {
    StringBuilder text = new StringBuilder(description.length());
    for (char c : description.toCharArray()) {
      text.append(c == '"' ? '\'' : c == '\\' ? '/' : (c < 0x20 || c > 0x7e) ? '?' : c);
    }
    return text.toString();
  }

  public OAuthError error() {
    return error;
  }

  public String description() {
    return getMessage();
  }

  /** Whether the response must carry {@code WWW-Authenticate: Basic}. */
  public boolean basicAuthenticationAttempted() {
    return basicAuthenticationAttempted;
  }
}
