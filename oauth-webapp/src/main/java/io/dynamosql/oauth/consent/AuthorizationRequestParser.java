package io.dynamosql.oauth.consent;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.client.ClientRegistry;
import io.dynamosql.oauth.client.InteractiveClient;
import io.dynamosql.oauth.client.RedirectUris;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import io.dynamosql.oauth.grant.RequestedAccess;
import io.dynamosql.oauth.security.Pkce;
import io.dynamosql.oauth.store.AuthorizationRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an authorization request (RFC 6749 §4.1.1, OAuth 2.1 §4.1.1) in the order the RFC
 * prescribes: first the client and its redirect URI, whose failures are shown to the person, then
 * everything else, whose failures are redirected to the now trusted redirect URI.
 */
final class AuthorizationRequestParser {

  // Generous for any client's opaque state, small enough to keep pending items and URLs sane.
  private static final int MAX_STATE_LENGTH = 2048;

  private final ClientRegistry clients;
  private final RequestedAccess access;

  AuthorizationRequestParser(ClientRegistry clients, RequestedAccess access) {
    this.clients = clients;
    this.access = access;
  }

  /**
   * @throws RejectedRequest when a rule is broken
   */
  AuthorizationRequest parse(RequestParameters query) {
    InteractiveClient client = client(query);
    String redirectUri = redirectUri(query, client);
    Optional<String> state = stateOf(query, redirectUri);
    try {
      return validate(query, client, redirectUri, state);
    } catch (OAuthException e) {
      throw new RejectedRequest(new Rejection.SentToClient(redirectUri, state, e));
    }
  }

  private InteractiveClient client(RequestParameters query) {
    if (query.isRepeated("client_id")) {
      throw shown("The application sent its identity (client_id) more than once.");
    }
    String clientId =
        query
            .optional("client_id")
            .orElseThrow(() -> shown("The application did not say who it is (client_id)."));
    try {
      return clients.require(clientId);
    } catch (OAuthException e) {
      throw shown(e.description() + ".");
    }
  }

  private static String redirectUri(RequestParameters query, InteractiveClient client) {
    if (query.isRepeated("redirect_uri")) {
      throw shown("The application sent more than one address to return to (redirect_uri).");
    }
    // Always required: a default redirect would hide mistakes and MCP clients always send it.
    String redirectUri =
        query
            .optional("redirect_uri")
            .orElseThrow(
                () -> shown("The application did not say where to return to (redirect_uri)."));
    if (!client.allowsRedirect(redirectUri)) {
      throw shown(
          "The application asked to send you to "
              + redirectUri
              + ", which is not one of its registered addresses.");
    }
    return redirectUri;
  }

  private static Optional<String> stateOf(RequestParameters query, String redirectUri) {
    if (query.isRepeated("state")) {
      throw new RejectedRequest(
          new Rejection.SentToClient(
              redirectUri,
              Optional.empty(),
              OAuthError.INVALID_REQUEST.exception("Parameter state is repeated")));
    }
    Optional<String> state = query.optional("state");
    if (state.isPresent() && state.get().length() > MAX_STATE_LENGTH) {
      throw new RejectedRequest(
          new Rejection.SentToClient(
              redirectUri,
              Optional.empty(),
              OAuthError.INVALID_REQUEST.exception(
                  "state is longer than " + MAX_STATE_LENGTH + " characters")));
    }
    return state;
  }

  private AuthorizationRequest validate(
      RequestParameters query,
      InteractiveClient client,
      String redirectUri,
      Optional<String> state) {
    List<String> repeated = query.repeatedNames();
    if (repeated.contains("resource")) {
      // RFC 8707 allows several resources, but a token here has exactly one audience.
      throw OAuthError.INVALID_TARGET.exception("Ask for one resource per authorization request");
    }
    if (!repeated.isEmpty()) {
      throw OAuthError.INVALID_REQUEST.exception("Parameter " + repeated.get(0) + " is repeated");
    }
    String responseType = query.required("response_type");
    if (!"code".equals(responseType)) {
      throw OAuthError.UNSUPPORTED_RESPONSE_TYPE.exception(
          "response_type must be code, not " + responseType);
    }
    // OAuth 2.1 §4.1.1: PKCE is mandatory, and this server accepts only S256 (never plain).
    String challenge =
        query
            .optional("code_challenge")
            .orElseThrow(
                () -> OAuthError.INVALID_REQUEST.exception("code_challenge (PKCE) is required"));
    String method = query.optional("code_challenge_method").orElse("plain");
    if (!"S256".equals(method)) {
      throw OAuthError.INVALID_REQUEST.exception(
          "code_challenge_method must be S256, not " + method);
    }
    if (!Pkce.isWellFormedChallenge(challenge)) {
      throw OAuthError.INVALID_REQUEST.exception(
          "code_challenge must be a base64url SHA-256 digest (43 characters)");
    }
    Set<Scope> scopes = RequestedAccess.scopes(query.optional("scope"), client.allowedScopes());
    String resource = access.audience(query.optional("resource"));
    return new AuthorizationRequest(
        client.clientId(),
        client.clientName(),
        redirectUri,
        RedirectUris.host(redirectUri),
        state,
        challenge,
        scopes,
        resource);
  }

  private static RejectedRequest shown(String message) {
    return new RejectedRequest(new Rejection.ShownToPerson(message));
  }
}
