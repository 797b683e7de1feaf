package io.dynamosql.oauth.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.oauth.LocalState;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.SharedLocalState;
import io.dynamosql.oauth.TestClock;
import io.dynamosql.oauth.config.StoreSettings;
import io.dynamosql.oauth.security.PasswordHasher;
import io.dynamosql.oauth.security.SecretDigest;
import io.dynamosql.oauth.store.ApiClient;
import io.dynamosql.oauth.store.OAuthState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLocalState.class)
class AdminCommandTest {

  private final LocalState local;
  private StoreSettings store;
  private ByteArrayOutputStream output;

  AdminCommandTest(LocalState local) {
    this.local = local;
  }

  @BeforeEach
  void freshTables() {
    store = local.newSettings();
    output = new ByteArrayOutputStream();
  }

  @Test
  void createUserStoresASlowHashOfThePasswordFromStdin() {
    assertEquals(0, run("create-user", "alice", "--groups", "user,analyst"));

    try (OAuthState state = OAuthState.connect(store)) {
      var alice = state.users().find("alice").orElseThrow();
      assertEquals(List.of("user", "analyst"), alice.groups());
      assertTrue(alice.passwordHash().startsWith("pbkdf2-sha256$600000$"));
      assertTrue(new PasswordHasher().matches("correct horse".toCharArray(), alice.passwordHash()));
    }
    assertTrue(output().contains("Created user alice"));
  }

  @Test
  void createClientPrintsTheSecretOnceAndStoresOnlyItsDigest() {
    assertEquals(
        0,
        run(
            "create-client",
            "reporting",
            "--scopes",
            "query schemas:read",
            "--name",
            "Reporting job"));

    String secret =
        output()
            .lines()
            .filter(l -> l.startsWith("client_secret="))
            .findFirst()
            .orElseThrow()
            .substring(14);
    try (OAuthState state = OAuthState.connect(store)) {
      ApiClient client = state.apiClients().find("reporting").orElseThrow();
      assertEquals("Reporting job", client.clientName());
      assertEquals(EnumSet.allOf(Scope.class), client.scopes());
      assertTrue(SecretDigest.matches(secret, client.secretDigest()));
      assertTrue(!client.secretDigest().contains(secret));
    }
  }

  @Test
  void listRevokeAndDeleteShowTheirEffect() {
    run("create-user", "bob");
    run("create-client", "etl", "--scopes", "query");
    output.reset();

    assertEquals(0, run("revoke-client", "etl"));
    assertEquals(0, run("list-clients"));
    assertTrue(output().contains("etl\tetl\tquery\trevoked"), output());
    assertEquals(0, run("delete-user", "bob"));
    output.reset();
    assertEquals(0, run("list-users"));
    assertEquals("USERNAME\tGROUPS\tCREATED", output().strip());
  }

  @Test
  void mistakesAreReportedWithTheBadValue() {
    record Case(List<String> args, String message, boolean usage) {}
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            List.of("create-client", "x", "--scopes", "admin"),
            "--scopes 'admin' must be among [query, schemas:read]",
            true));
    cases.add(new Case(List.of("create-client", "x"), "--scopes is required", true));
    cases.add(
        new Case(
            List.of("create-user", "bad name"),
            "username 'bad name' must be 1-64 letters, digits or ._@-",
            true));
    cases.add(new Case(List.of("revoke-client", "nobody"), "no API client nobody", false));
    cases.add(new Case(List.of("delete-user", "nobody"), "no user nobody", false));
    cases.add(new Case(List.of("frobnicate"), "unknown command frobnicate", true));
    for (Case c : cases) {
      AdminException refused =
          assertThrows(AdminException.class, () -> run(c.args().toArray(String[]::new)));
      assertTrue(refused.getMessage().startsWith(c.message()), refused.getMessage());
      assertEquals(c.usage(), refused.usage(), c.message());
    }
  }

  @Test
  void aShortPasswordIsRefused() {
    AdminCommand command = command(Map.of("DYNAMOSQL_ADMIN_PASSWORD", "short"));
    AdminException refused =
        assertThrows(AdminException.class, () -> command.run(withStore("create-user", "carol")));
    assertEquals("the password must have at least 8 characters", refused.getMessage());
  }

  private int run(String... args) {
    return command(Map.of()).run(withStore(args));
  }

  private AdminCommand command(Map<String, String> extraEnvironment) {
    Map<String, String> environment = new HashMap<>(extraEnvironment);
    environment.put("DYNAMOSQL_OAUTH_DYNAMODB_ACCESS_KEY_ID", DynamoDbLocal.ACCESS_KEY);
    environment.put("DYNAMOSQL_OAUTH_DYNAMODB_SECRET_ACCESS_KEY", DynamoDbLocal.SECRET_KEY);
    return new AdminCommand(
        new PrintStream(output, true, StandardCharsets.UTF_8),
        environment,
        () -> "correct horse".toCharArray(),
        new TestClock());
  }

  private String[] withStore(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--endpoint",
                store.endpoint().orElseThrow().toString(),
                "--table-prefix",
                store.tablePrefix()));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  private String output() {
    return output.toString(StandardCharsets.UTF_8);
  }
}
