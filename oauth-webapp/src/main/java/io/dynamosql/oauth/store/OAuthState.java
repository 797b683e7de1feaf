package io.dynamosql.oauth.store;

import io.dynamosql.oauth.config.StoreSettings;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The authorization server's state in DynamoDB: one client, one table per {@link StateTable}, and
 * the typed access to each. Tables are created when missing, so any number of instances (and the
 * admin command) can start against an empty account in any order.
 */
public final class OAuthState implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(OAuthState.class.getName());

  private final DynamoDbClient client;
  private final String prefix;

  public OAuthState(DynamoDbClient client, String prefix) {
    this.client = client;
    this.prefix = prefix;
  }

  /** Connects as the settings say; the caller closes the state. */
  public static OAuthState connect(StoreSettings settings) {
    DynamoDbClientBuilder builder =
        DynamoDbClient.builder()
            .region(Region.of(settings.region()))
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(credentials(settings));
    settings.endpoint().ifPresent(builder::endpointOverride);
    return new OAuthState(builder.build(), settings.tablePrefix());
  }

  private static AwsCredentialsProvider credentials(StoreSettings settings) {
    if (settings.accessKeyId().isPresent() && settings.secretAccessKey().isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(
              settings.accessKeyId().get(), settings.secretAccessKey().get()));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  /** Creates every missing table (on-demand capacity) and turns on TTL where the table has one. */
  public OAuthState createMissingTables() {
    for (StateTable table : StateTable.values()) {
      String name = table.tableName(prefix);
      if (exists(name)) {
        continue;
      }
      try {
        client.createTable(
            r ->
                r.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                        AttributeDefinition.builder()
                            .attributeName(table.key())
                            .attributeType(ScalarAttributeType.S)
                            .build())
                    .keySchema(
                        KeySchemaElement.builder()
                            .attributeName(table.key())
                            .keyType(KeyType.HASH)
                            .build()));
        LOG.info("Created state table " + name);
      } catch (ResourceInUseException e) {
        // Another instance created it at the same moment: the outcome is the same.
        continue;
      }
      client.waiter().waitUntilTableExists(r -> r.tableName(name));
      table
          .ttlAttribute()
          .ifPresent(
              attribute ->
                  client.updateTimeToLive(
                      r ->
                          r.tableName(name)
                              .timeToLiveSpecification(
                                  t -> t.attributeName(attribute).enabled(true))));
    }
    return this;
  }

  private boolean exists(String name) {
    try {
      client.describeTable(r -> r.tableName(name));
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  public UserTable users() {
    return new UserTable(client, StateTable.USERS.tableName(prefix));
  }

  public ApiClientTable apiClients() {
    return new ApiClientTable(client, StateTable.API_CLIENTS.tableName(prefix));
  }

  public RegisteredClientTable registeredClients() {
    return new RegisteredClientTable(client, StateTable.REGISTERED_CLIENTS.tableName(prefix));
  }

  public AuthorizationCodeTable authorizationCodes() {
    return new AuthorizationCodeTable(client, StateTable.AUTHORIZATION_CODES.tableName(prefix));
  }

  public RefreshFamilyTable refreshFamilies() {
    return new RefreshFamilyTable(client, StateTable.REFRESH_FAMILIES.tableName(prefix));
  }

  public PendingAuthorizationTable pendingAuthorizations() {
    return new PendingAuthorizationTable(
        client, StateTable.PENDING_AUTHORIZATIONS.tableName(prefix));
  }

  public SigningKeyTable signingKeys() {
    return new SigningKeyTable(client, StateTable.SIGNING_KEYS.tableName(prefix));
  }

  @Override
  public void close() {
    client.close();
  }
}
