package io.dynamosql.oauth.store;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dynamically registered clients, with a counter item that caps how many may ever be registered
 * (unbounded growth is the known weakness of open registration).
 */
public final class RegisteredClientTable extends TableAccess {

  // Registered ids never start with '#', so the counter cannot collide with a client.
  private static final String COUNTER_ID = "#registrations";

  RegisteredClientTable(DynamoDbClient client, String tableName) {
    super(client, tableName, StateTable.REGISTERED_CLIENTS.key());
  }

  /**
   * Registers a client unless {@code cap} registrations exist already.
   *
   * @return false when the cap is reached
   */
  public boolean register(RegisteredClient registered, int cap) {
    boolean counted =
        updateIf(
                COUNTER_ID,
                "ADD registrations :one",
                "attribute_not_exists(registrations) OR registrations < :cap",
                Map.of(),
                Map.of(
                    ":one", AttributeValue.fromN("1"),
                    ":cap", AttributeValue.fromN(Integer.toString(cap))))
            .isPresent();
    if (!counted) {
      return false;
    }
    return insert(
        Items.create()
            .put("client_id", registered.clientId())
            .put("client_name", registered.clientName())
            .put("redirect_uris", registered.redirectUris())
            .putScopes("scopes", registered.scopes())
            .put("created_at", registered.createdAt()));
  }

  public Optional<RegisteredClient> find(String clientId) {
    if (clientId.startsWith("#")) {
      return Optional.empty();
    }
    return get(clientId)
        .map(
            item ->
                new RegisteredClient(
                    item.string("client_id"),
                    item.string("client_name"),
                    item.strings("redirect_uris"),
                    item.scopes("scopes"),
                    item.instant("created_at")));
  }
}
