package io.dynamosql.bench.load;

import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.oauth.admin.AdminCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * API clients made with the authorization server's admin command (README, "The admin command"), run
 * in this JVM against the DynamoDB Local the server keeps its state in.
 */
final class ApiClients {

  private final URI dynamoDb;

  ApiClients(URI dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  /** A new API client with both scopes; its secret as the command prints it, once. */
  ClientCredentials create(String clientId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        AdminCommand.execute(
            new String[] {
              "--endpoint",
              dynamoDb.toString(),
              "create-client",
              clientId,
              "--scopes",
              "query schemas:read",
              "--name",
              "Load client " + clientId
            },
            Map.of(
                "DYNAMOSQL_OAUTH_DYNAMODB_ACCESS_KEY_ID", DynamoDbLocal.ACCESS_KEY,
                "DYNAMOSQL_OAUTH_DYNAMODB_SECRET_ACCESS_KEY", DynamoDbLocal.SECRET_KEY),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    if (status != 0) {
      throw new IllegalStateException("admin create-client " + clientId + " failed: " + err);
    }
    return printed
        .lines()
        .filter(line -> line.startsWith("client_secret="))
        .map(
            line ->
                new ClientCredentials(clientId, line.substring("client_secret=".length()).trim()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("admin printed no secret: " + printed));
  }
}
