package io.dynamosql.oauth.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The API clients that use the client_credentials grant. */
public final class ApiClientTable extends TableAccess {

  ApiClientTable(DynamoDbClient client, String tableName) {
    super(client, tableName, StateTable.API_CLIENTS.key());
  }

  /** Adds a client; false when the id is taken. */
  public boolean create(ApiClient apiClient) {
    return insert(
        Items.create()
            .put("client_id", apiClient.clientId())
            .put("client_name", apiClient.clientName())
            .put("secret_digest", apiClient.secretDigest())
            .putScopes("scopes", apiClient.scopes())
            .put("created_at", apiClient.createdAt())
            .put("revoked", apiClient.revoked()));
  }

  public Optional<ApiClient> find(String clientId) {
    return get(clientId).map(ApiClientTable::apiClient);
  }

  public List<ApiClient> list() {
    return scan(ApiClientTable::apiClient).stream()
        .sorted(Comparator.comparing(ApiClient::clientId))
        .toList();
  }

  /** Marks a client revoked, so it gets no more tokens; false when there is no such client. */
  public boolean revoke(String clientId) {
    return updateIf(
            clientId,
            "SET revoked = :t",
            "attribute_exists(client_id)",
            Map.of(),
            Map.of(":t", AttributeValue.fromBool(true)))
        .isPresent();
  }

  private static ApiClient apiClient(Items item) {
    return new ApiClient(
        item.string("client_id"),
        item.string("client_name"),
        item.string("secret_digest"),
        item.scopes("scopes"),
        item.instant("created_at"),
        item.bool("revoked"));
  }
}
