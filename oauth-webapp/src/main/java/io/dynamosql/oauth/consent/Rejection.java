package io.dynamosql.oauth.consent;

import io.dynamosql.oauth.error.OAuthException;
import java.util.Optional;

/** Why an authorization request was refused, and who learns about it. */
public sealed interface Rejection {

  /**
   * The client or its redirect URI cannot be trusted, so the person is told on a page and never
   * redirected (RFC 6749 §4.1.2.1; otherwise this server would be an open redirector).
   */
  record ShownToPerson(String message) implements Rejection {}

  /** The redirect URI is the client's own: the error goes back there (RFC 6749 §4.1.2.1). */
  record SentToClient(String redirectUri, Optional<String> state, OAuthException error)
      implements Rejection {}
}
