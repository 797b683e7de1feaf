package io.dynamosql.oauth;

import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.oauth.config.StoreSettings;
import io.dynamosql.oauth.store.OAuthState;
import java.util.Optional;
import java.util.UUID;

/**
 * A DynamoDB Local server from the shared fixture with the authorization server's tables; each
 * {@link #newState()} uses its own table prefix, so tests never see each other's items.
 */
public final class LocalState implements AutoCloseable {

  private final DynamoDbLocal dynamo = DynamoDbLocal.start();

  /** Settings that point at this server with a fresh table prefix. */
  public StoreSettings newSettings() {
    return new StoreSettings(
        Optional.of(dynamo.endpoint()),
        DynamoDbLocal.REGION,
        "t" + UUID.randomUUID().toString().substring(0, 8) + "_",
        Optional.of(DynamoDbLocal.ACCESS_KEY),
        Optional.of(DynamoDbLocal.SECRET_KEY));
  }

  /** Fresh, empty tables. */
  public OAuthState newState() {
    return OAuthState.connect(newSettings()).createMissingTables();
  }

  public DynamoDbLocal dynamo() {
    return dynamo;
  }

  @Override
  public void close() {
    dynamo.close();
  }
}
