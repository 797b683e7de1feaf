package io.dynamosql.it.oauth;

import io.dynamosql.oauth.admin.AdminCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admin command, run as the run command runs it, against the DynamoDB Local the deployment
 * keeps its state in.
 */
final class OAuthAdmin {

  private OAuthAdmin() {}

  /** A new user with a unique name; returns the name. */
  static String createUser(String prefix, String password) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    run(Map.of("DYNAMOSQL_ADMIN_PASSWORD", password), "create-user", username);
    return username;
  }

  /** A new API client with these scopes; returns its id and the secret printed once. */
  static ApiClient createApiClient(String prefix, String scopes) {
    String clientId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String output = run(Map.of(), "create-client", clientId, "--scopes", scopes);
    String secret =
        output
            .lines()
            .filter(l -> l.startsWith("client_secret="))
            .map(l -> l.substring("client_secret=".length()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no secret printed: " + output));
    return new ApiClient(clientId, secret);
  }

  static void revokeApiClient(String clientId) {
    run(Map.of(), "revoke-client", clientId);
  }

  record ApiClient(String id, String secret) {}

  private static String run(Map<String, String> environment, String... command) {
    List<String> args = new ArrayList<>();
    args.add("--endpoint");
    args.add("http://127.0.0.1:" + Integer.getInteger("dynamodb.port"));
    args.addAll(List.of(command));
    Map<String, String> env = new java.util.HashMap<>(environment);
    env.put("DYNAMOSQL_OAUTH_DYNAMODB_ACCESS_KEY_ID", "local");
    env.put("DYNAMOSQL_OAUTH_DYNAMODB_SECRET_ACCESS_KEY", "local");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        AdminCommand.execute(
            args.toArray(String[]::new),
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (status != 0) {
      throw new AssertionError("admin " + args + " exited " + status + ": " + err);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
