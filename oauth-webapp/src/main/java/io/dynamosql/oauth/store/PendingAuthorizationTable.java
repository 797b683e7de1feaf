package io.dynamosql.oauth.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Authorization requests waiting for login and consent, shared by every instance. */
public final class PendingAuthorizationTable extends TableAccess {

  PendingAuthorizationTable(DynamoDbClient client, String tableName) {
    super(client, tableName, StateTable.PENDING_AUTHORIZATIONS.key());
  }

  public void save(PendingAuthorization pending) {
    AuthorizationRequest request = pending.request();
    Items item =
        Items.create()
            .put("request_id", pending.requestId())
            .put("client_id", request.clientId())
            .put("client_name", request.clientName())
            .put("redirect_uri", request.redirectUri())
            .put("redirect_host", request.redirectHost())
            .put("code_challenge", request.codeChallenge())
            .putScopes("scopes", request.scopes())
            .put("resource", request.resource())
            .put("browser_digest", pending.browserDigest())
            .put("csrf_token", pending.csrfToken())
            .put("groups", pending.groups())
            .put("expires_at", pending.expiresAt())
            .put(Items.PURGE_AT, pending.expiresAt());
    request.state().ifPresent(state -> item.put("state", state));
    pending.subject().ifPresent(subject -> item.put("subject", subject));
    pending.authenticatedAt().ifPresent(at -> item.put("authenticated_at", at));
    if (!insert(item)) {
      throw new IllegalStateException("Pending authorization id collision");
    }
  }

  public Optional<PendingAuthorization> find(String requestId) {
    return get(requestId).map(PendingAuthorizationTable::pending);
  }

  /**
   * Records the logged-in person and replaces the CSRF token, unless someone logged in already.
   *
   * @return false when the request is gone or already authenticated
   */
  public boolean authenticate(
      String requestId, String subject, List<String> groups, String newCsrf, Instant now) {
    return updateIf(
            requestId,
            "SET subject = :s, #g = :g, csrf_token = :c, authenticated_at = :now",
            "attribute_exists(request_id) AND attribute_not_exists(subject)",
            Map.of("#g", "groups"),
            Map.of(
                ":s", AttributeValue.fromS(subject),
                ":g", Items.list(groups),
                ":c", AttributeValue.fromS(newCsrf),
                ":now", Items.number(now)))
        .isPresent();
  }

  /**
   * Counts a wrong password for the request, so that one request cannot be used to guess without
   * end.
   *
   * @return false when the request is gone or already had {@code allowed} failures
   */
  public boolean countFailedLogin(String requestId, int allowed) {
    return updateIf(
            requestId,
            "ADD failed_logins :one",
            "attribute_exists(request_id) AND (attribute_not_exists(failed_logins)"
                + " OR failed_logins < :allowed)",
            Map.of(),
            Map.of(
                ":one", AttributeValue.fromN("1"),
                ":allowed", AttributeValue.fromN(Integer.toString(allowed))))
        .isPresent();
  }

  /** Removes the request so its decision can be taken only once; false when it was gone. */
  public boolean consume(String requestId) {
    return delete(requestId);
  }

  private static PendingAuthorization pending(Items item) {
    AuthorizationRequest request =
        new AuthorizationRequest(
            item.string("client_id"),
            item.string("client_name"),
            item.string("redirect_uri"),
            item.string("redirect_host"),
            item.optionalString("state"),
            item.string("code_challenge"),
            item.scopes("scopes"),
            item.string("resource"));
    return new PendingAuthorization(
        item.string("request_id"),
        request,
        item.string("browser_digest"),
        item.string("csrf_token"),
        item.optionalString("subject"),
        item.strings("groups"),
        item.optionalString("subject").map(s -> item.instant("authenticated_at")),
        item.instant("expires_at"));
  }
}
