package io.dynamosql.oauth.admin;

import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.config.StoreSettings;
import io.dynamosql.oauth.security.PasswordHasher;
import io.dynamosql.oauth.security.RandomSecrets;
import io.dynamosql.oauth.security.SecretDigest;
import io.dynamosql.oauth.store.ApiClient;
import io.dynamosql.oauth.store.OAuthState;
import io.dynamosql.oauth.store.User;
import io.dynamosql.oauth.token.SigningKeys;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administrator's command for users and API clients, talking straight to the state tables.
 * Usage is printed by {@code help}; the README documents it.
 */
public final class AdminCommand {

  static final String USAGE =
      String.join(
          "\n",
          "usage: admin [--endpoint URL] [--region R] [--table-prefix P] <command> [arguments]",
          "  create-user <username> [--groups g1,g2]   password from $DYNAMOSQL_ADMIN_PASSWORD"
              + " or the first line of stdin",
          "  delete-user <username>",
          "  list-users",
          "  create-client <client_id> --scopes \"query schemas:read\" [--name \"Display name\"]"
              + "   prints the secret once",
          "  revoke-client <client_id>",
          "  list-clients",
          "  rotate-signing-key                       the new key signs; the previous stays"
              + " published",
          "Settings default to $DYNAMOSQL_OAUTH_DYNAMODB_ENDPOINT (else $DYNAMOSQL_ENDPOINT),",
          "$DYNAMOSQL_OAUTH_DYNAMODB_REGION (else $DYNAMOSQL_REGION, else us-east-1) and",
          "$DYNAMOSQL_OAUTH_DYNAMODB_TABLE_PREFIX (else dynamosql_oauth_); credentials to",
          "$DYNAMOSQL_OAUTH_DYNAMODB_ACCESS_KEY_ID/_SECRET_ACCESS_KEY, else the AWS default chain.");

  private final PrintStream out;
  private final Map<String, String> environment;
  private final PasswordSource passwords;
  private final Clock clock;

  AdminCommand(
      PrintStream out, Map<String, String> environment, PasswordSource passwords, Clock clock) {
    this.out = out;
    this.environment = environment;
    this.passwords = passwords;
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(execute(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs one command as {@link #main} does, without exiting: for callers in the same JVM (the run
   * command, integration tests). The password of create-user comes from {@code environment} or
   * stdin.
   *
   * @return the exit status: 0 done, 1 refused, 2 wrong command line
   */
  public static int execute(
      String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    AdminCommand command =
        new AdminCommand(out, environment, PasswordSource.standard(), Clock.systemUTC());
    try {
      return command.run(args);
    } catch (AdminException e) {
      err.println("admin: " + e.getMessage());
      return e.usage() ? 2 : 1;
    }
  }

  /** Runs one command; returns the exit status. */
  int run(String[] args) {
    Arguments arguments = Arguments.parse(Arrays.asList(args));
    if (arguments.positional().isEmpty() || "help".equals(arguments.positional().get(0))) {
      out.println(USAGE);
      return arguments.positional().isEmpty() ? 2 : 0;
    }
    try (OAuthState state = OAuthState.connect(storeSettings(arguments)).createMissingTables()) {
      return execute(state, arguments);
    }
  }

  private int execute(OAuthState state, Arguments arguments) {
    String command = arguments.positional().get(0);
    switch (command) {
      case "create-user" -> createUser(state, arguments);
      case "delete-user" -> {
        String username = arguments.operand(1, "username");
        if (!state.users().remove(username)) {
          throw new AdminException("no user " + username, false);
        }
        out.println("Deleted user " + username);
      }
      case "list-users" -> {
        out.println("USERNAME\tGROUPS\tCREATED");
        state
            .users()
            .list()
            .forEach(
                u ->
                    out.println(
                        u.username() + "\t" + String.join(",", u.groups()) + "\t" + u.createdAt()));
      }
      case "create-client" -> createClient(state, arguments);
      case "revoke-client" -> {
        String clientId = arguments.operand(1, "client_id");
        if (!state.apiClients().revoke(clientId)) {
          throw new AdminException("no API client " + clientId, false);
        }
        out.println("Revoked API client " + clientId);
      }
      case "list-clients" -> {
        out.println("CLIENT_ID\tNAME\tSCOPES\tSTATUS\tCREATED");
        state
            .apiClients()
            .list()
            .forEach(
                c ->
                    out.println(
                        String.join(
                            "\t",
                            c.clientId(),
                            c.clientName(),
                            Scope.format(c.scopes()),
                            c.revoked() ? "revoked" : "active",
                            c.createdAt().toString())));
      }
      case "rotate-signing-key" -> {
        var key = SigningKeys.generate(clock.instant());
        state.signingKeys().add(key);
        out.println("New signing key " + key.kid() + " (instances switch within a minute)");
      }
      default -> throw new AdminException("unknown command " + command + "\n" + USAGE, true);
    }
    return 0;
  }

  private void createUser(OAuthState state, Arguments arguments) {
    String username = arguments.operand(1, "username");
    if (!username.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new AdminException(
          "username '" + username + "' must be 1-64 letters, digits or ._@-", true);
    }
    char[] password =
        Optional.ofNullable(environment.get("DYNAMOSQL_ADMIN_PASSWORD"))
            .map(String::toCharArray)
            .orElseGet(passwords::read);
    if (password.length < 8) {
      throw new AdminException("the password must have at least 8 characters", true);
    }
    List<String> groups =
        arguments.option("groups").map(g -> List.of(g.split(","))).orElse(List.of("user"));
    User user = new User(username, new PasswordHasher().hash(password), groups, clock.instant());
    Arrays.fill(password, '\0');
    if (!state.users().create(user)) {
      throw new AdminException("user " + username + " exists already", false);
    }
    out.println("Created user " + username);
  }

  private void createClient(OAuthState state, Arguments arguments) {
    String clientId = arguments.operand(1, "client_id");
    if (!clientId.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new AdminException(
          "client_id '" + clientId + "' must be 1-64 letters, digits or ._-", true);
    }
    String scopeText =
        arguments
            .option("scopes")
            .orElseThrow(() -> new AdminException("--scopes is required", true));
    Set<Scope> scopes =
        Scope.parse(scopeText)
            .filter(s -> !s.isEmpty())
            .orElseThrow(
                () ->
                    new AdminException(
                        "--scopes '" + scopeText + "' must be among " + Scope.allValues(), true));
    String secret = RandomSecrets.token();
    ApiClient client =
        new ApiClient(
            clientId,
            arguments.option("name").orElse(clientId),
            SecretDigest.of(secret),
            scopes,
            clock.instant(),
            false);
    if (!state.apiClients().create(client)) {
      throw new AdminException("API client " + clientId + " exists already", false);
    }
    out.println("client_id=" + clientId);
    out.println("client_secret=" + secret);
    out.println("scopes=" + Scope.format(scopes));
    out.println("The secret is shown only now; store it safely.");
  }

  private StoreSettings storeSettings(Arguments arguments) {
    StoreSettings defaults = StoreSettings.defaults();
    return new StoreSettings(
        arguments
            .option("endpoint")
            .or(() -> env("DYNAMOSQL_OAUTH_DYNAMODB_ENDPOINT"))
            .or(() -> env("DYNAMOSQL_ENDPOINT"))
            .map(URI::create),
        arguments
            .option("region")
            .or(() -> env("DYNAMOSQL_OAUTH_DYNAMODB_REGION"))
            .or(() -> env("DYNAMOSQL_REGION"))
            .orElse(defaults.region()),
        arguments
            .option("table-prefix")
            .or(() -> env("DYNAMOSQL_OAUTH_DYNAMODB_TABLE_PREFIX"))
            .orElse(defaults.tablePrefix()),
        env("DYNAMOSQL_OAUTH_DYNAMODB_ACCESS_KEY_ID"),
        env("DYNAMOSQL_OAUTH_DYNAMODB_SECRET_ACCESS_KEY"));
  }

  private Optional<String> env(String name) {
    return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
  }

  /** Positional operands and {@code --name value} options. */
  record Arguments(List<String> positional, Map<String, String> options) {

    static Arguments parse(List<String> args) {
      List<String> positional = new ArrayList<>();
      Map<String, String> options = new java.util.HashMap<>();
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.startsWith("--")) {
          if (i + 1 >= args.size()) {
            throw new AdminException("option " + arg + " needs a value", true);
          }
          options.put(arg.substring(2), args.get(++i));
        } else {
          positional.add(arg);
        }
      }
      return new Arguments(positional, options);
    }

    Optional<String> option(String name) {
      return Optional.ofNullable(options.get(name));
    }

    String operand(int index, String name) {
      if (positional.size() <= index) {
        throw new AdminException(positional.get(0) + " needs a " + name, true);
      }
      return positional.get(index);
    }
  }
}
