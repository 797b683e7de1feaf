package io.dynamosql.oauth.client;

import io.dynamosql.oauth.config.PreRegisteredClient;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.store.RegisteredClientTable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds interactive clients in the order the MCP specification gives: pre-registered, then Client
 * ID Metadata Documents (a URL client_id), then dynamically registered.
 */
public final class ClientRegistry {

  private final List<PreRegisteredClient> preRegistered;
  private final ClientIdMetadataDocuments documents;
  private final RegisteredClientTable registered;

  public ClientRegistry(
      List<PreRegisteredClient> preRegistered,
      ClientIdMetadataDocuments documents,
      RegisteredClientTable registered) {
    this.preRegistered = List.copyOf(preRegistered);
    this.documents = documents;
    this.registered = registered;
  }

  /**
   * The client named by {@code clientId}.
   *
   * @throws io.dynamosql.oauth.error.OAuthException invalid_client when it is unknown or its
   *     metadata document is unusable
   */
  public InteractiveClient require(String clientId) {
    return find(clientId)
        .orElseThrow(() -> OAuthError.INVALID_CLIENT.exception("Unknown client " + clientId));
  }

  private Optional<InteractiveClient> find(String clientId) {
    Optional<InteractiveClient> configured =
        preRegistered.stream()
            .filter(c -> c.clientId().equals(clientId))
            .findFirst()
            .map(
                c ->
                    new InteractiveClient(
                        c.clientId(), c.clientName(), c.redirectUris(), Set.of(), false));
    if (configured.isPresent()) {
      return configured;
    }
    if (ClientIdMetadataDocuments.isDocumentUrl(clientId)) {
      return Optional.of(documents.resolve(clientId));
    }
    return registered
        .find(clientId)
        .map(
            r ->
                new InteractiveClient(
                    r.clientId(), r.clientName(), r.redirectUris(), r.scopes(), false));
  }
}
