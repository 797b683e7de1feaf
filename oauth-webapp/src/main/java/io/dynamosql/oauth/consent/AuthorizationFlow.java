package io.dynamosql.oauth.consent;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.client.ClientRegistry;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import io.dynamosql.oauth.grant.RequestedAccess;
import io.dynamosql.oauth.security.PasswordHasher;
import io.dynamosql.oauth.security.RandomSecrets;
import io.dynamosql.oauth.security.SecretDigest;
import io.dynamosql.oauth.store.AuthorizationCode;
import io.dynamosql.oauth.store.AuthorizationCodeTable;
import io.dynamosql.oauth.store.AuthorizationRequest;
import io.dynamosql.oauth.store.PendingAuthorization;
import io.dynamosql.oauth.store.PendingAuthorizationTable;
import io.dynamosql.oauth.store.User;
import io.dynamosql.oauth.store.UserTable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The person's way through an authorization request: the request is checked and kept as a pending
 * authorization bound to the browser (a cookie's digest), then the login form and the consent form
 * are posted back, each carrying the request id and a CSRF token that changes after the login. The
 * decision is taken once: the pending item is deleted before a code is issued.
 */
public final class AuthorizationFlow {

  /** Wrong passwords one request tolerates before it is cancelled. */
  static final int ALLOWED_FAILED_LOGINS = 5;

  private final AuthorizationRequestParser parser;
  private final AuthorizationResponses responses;
  private final PendingAuthorizationTable pending;
  private final AuthorizationCodeTable codes;
  private final UserTable users;
  private final PasswordHasher hasher;
  private final Duration pendingLifetime;
  private final Duration codeLifetime;
  private final Clock clock;
  private String decoyHash;

  public AuthorizationFlow(
      URI issuer,
      ClientRegistry clients,
      RequestedAccess access,
      PendingAuthorizationTable pending,
      AuthorizationCodeTable codes,
      UserTable users,
      PasswordHasher hasher,
      Duration pendingLifetime,
      Duration codeLifetime,
      Clock clock) {
    this.parser = new AuthorizationRequestParser(clients, access);
    this.responses = new AuthorizationResponses(issuer);
    this.pending = pending;
    this.codes = codes;
    this.users = users;
    this.hasher = hasher;
    this.pendingLifetime = pendingLifetime;
    this.codeLifetime = codeLifetime;
    this.clock = clock;
  }

  /** A new authorization request from {@code browser} (the value of its binding cookie). */
  public Step start(RequestParameters query, String browser) {
    AuthorizationRequest request;
    try {
      request = parser.parse(query);
    } catch (RejectedRequest e) {
      if (e.rejection() instanceof Rejection.SentToClient sent) {
        return new Step.Redirect(
            responses.error(
                sent.redirectUri(),
                sent.error().error(),
                sent.error().description(),
                sent.state()));
      }
      Rejection.ShownToPerson shown = (Rejection.ShownToPerson) e.rejection();
      return new Step.ShowProblem(400, "This sign-in request cannot be used", shown.message());
    }
    PendingAuthorization created =
        new PendingAuthorization(
            RandomSecrets.token(),
            request,
            SecretDigest.of(browser),
            RandomSecrets.token(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            clock.instant().plus(pendingLifetime));
    pending.save(created);
    return new Step.ShowLogin(created, "", Optional.empty());
  }

  /** A posted login or consent form; {@code browser} is the binding cookie, if it came. */
  public Step submit(RequestParameters form, Optional<String> browser) {
    try {
      return submitChecked(form, browser);
    } catch (OAuthException e) {
      return new Step.ShowProblem(400, "This form could not be read", e.description() + ".");
    }
  }

  private Step submitChecked(RequestParameters form, Optional<String> browser) {
    Optional<PendingAuthorization> found =
        form.optional("request_id").flatMap(pending::find).filter(this::notExpired);
    if (found.isEmpty()) {
      return expired();
    }
    PendingAuthorization request = found.get();
    // The form must come from the browser that started the request (login CSRF, session
    // fixation) and carry the token of the page it was shown on.
    if (browser.isEmpty() || !SecretDigest.matches(browser.get(), request.browserDigest())) {
      return new Step.ShowProblem(
          403,
          "This sign-in request belongs to another browser",
          "Start again from the application, in this browser, with cookies allowed.");
    }
    if (!form.optional("csrf").map(c -> SecretDigest.equal(c, request.csrfToken())).orElse(false)) {
      return new Step.ShowProblem(
          403,
          "This page is out of date",
          "The form you sent was replaced by a newer one. Go back to the application and"
              + " connect again.");
    }
    String action = form.required("action");
    return switch (action) {
      case "login" -> login(request, form);
      case "approve", "deny" -> decide(request, "approve".equals(action));
      default -> throw OAuthError.INVALID_REQUEST.exception("Unknown action " + action);
    };
  }

  private Step login(PendingAuthorization request, RequestParameters form) {
    if (request.subject().isPresent()) {
      return new Step.ShowConsent(request);
    }
    String username = form.optional("username").orElse("").strip();
    char[] password = form.optional("password").orElse("").toCharArray();
    Optional<User> user = users.find(username);
    // Hash even for an unknown user, so the answer time does not reveal which usernames exist.
    boolean matches = hasher.matches(password, user.map(User::passwordHash).orElseGet(this::decoy));
    if (user.isEmpty() || !matches) {
      if (!pending.countFailedLogin(request.requestId(), ALLOWED_FAILED_LOGINS)) {
        pending.consume(request.requestId());
        return new Step.ShowProblem(
            403,
            "Too many attempts",
            "This sign-in request was cancelled after too many wrong passwords. Go back to the"
                + " application and connect again.");
      }
      return new Step.ShowLogin(
          request, username, Optional.of("The username or password is not correct."));
    }
    String csrf = RandomSecrets.token();
    Instant now = clock.instant();
    if (!pending.authenticate(request.requestId(), username, user.get().groups(), csrf, now)) {
      return expired();
    }
    return new Step.ShowConsent(pending.find(request.requestId()).orElseThrow());
  }

  private Step decide(PendingAuthorization request, boolean approved) {
    if (request.subject().isEmpty()) {
      return new Step.ShowProblem(
          403, "Sign in first", "Approve or deny this application after you have signed in.");
    }
    if (!pending.consume(request.requestId())) {
      return expired();
    }
    AuthorizationRequest authorization = request.request();
    if (!approved) {
      return new Step.Redirect(
          responses.error(
              authorization.redirectUri(),
              OAuthError.ACCESS_DENIED,
              "The person denied access",
              authorization.state()));
    }
    String code = RandomSecrets.token();
    codes.save(
        new AuthorizationCode(
            SecretDigest.of(code),
            authorization.clientId(),
            authorization.redirectUri(),
            authorization.codeChallenge(),
            authorization.scopes(),
            authorization.resource(),
            request.subject().get(),
            request.groups(),
            request.authenticatedAt().orElseThrow(),
            clock.instant().plus(codeLifetime),
            RandomSecrets.identifier()));
    return new Step.Redirect(
        responses.code(authorization.redirectUri(), code, authorization.state()));
  }

  private boolean notExpired(PendingAuthorization request) {
    return clock.instant().isBefore(request.expiresAt());
  }

  private static Step expired() {
    return new Step.ShowProblem(
        400,
        "This sign-in request has expired",
        "Sign-in requests last a few minutes and can be answered once. Go back to the application"
            + " and connect again.");
  }

  private synchronized String decoy() {
    if (decoyHash == null) {
      decoyHash = hasher.hash(RandomSecrets.token().toCharArray());
    }
    return decoyHash;
  }
}
