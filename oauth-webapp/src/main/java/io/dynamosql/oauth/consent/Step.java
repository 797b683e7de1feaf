package io.dynamosql.oauth.consent;

import io.dynamosql.oauth.store.PendingAuthorization;
import java.net.URI;
import java.util.Optional;

/** What the person's browser gets next in the authorization flow. */
public sealed interface Step {

  /** The login page of a pending request; {@code username} refills the field after an error. */
  record ShowLogin(PendingAuthorization pending, String username, Optional<String> error)
      implements Step {}

  /** The consent page of a request whose person has logged in. */
  record ShowConsent(PendingAuthorization pending) implements Step {}

  /** A page that explains why the flow cannot go on; nothing is sent to the client. */
  record ShowProblem(int status, String title, String message) implements Step {}

  /** Back to the client's redirect URI with a code or an error. */
  record Redirect(URI location) implements Step {}
}
