package io.dynamosql.it.support;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.fixture.TableSnapshot;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one DynamoDB Local of the test JVM, holding the demo dataset, on the port the deployed EAR is
 * configured with (system property {@code dynamodb.port}, reserved by the build). Register it
 * before Arquillian so that the database is up before the EAR is deployed; it stops when the JVM's
 * tests are done.
 */
public final class DemoDynamoDb implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DemoDynamoDb.class);

  private static DynamoDbLocal server;
  private static TableSnapshot beforeOutage;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(DynamoDbLocal.class, key -> new Running(start()), Running.class);
  }

  /** The running server, started on first use. */
  public static synchronized DynamoDbLocal server() {
    if (server == null) {
      start();
    }
    return server;
  }

  /**
   * Stops DynamoDB Local, as an outage would; the deployment keeps running. Every table is
   * remembered first, so that {@link #startAgain} puts back the demo data and the applications' own
   * state (the authorization server's users, clients and keys).
   */
  public static synchronized void stop() {
    DynamoDbLocal local = server();
    try (DynamoDbClient client = local.client()) {
      beforeOutage = TableSnapshot.of(client);
    }
    local.stop();
  }

  /** Starts DynamoDB Local again on the same port with the tables it had when stopped. */
  public static synchronized void startAgain() {
    if (beforeOutage == null) {
      throw new IllegalStateException("startAgain() without stop()");
    }
    DynamoDbLocal local = server();
    local.restart();
    try (DynamoDbClient client = local.client()) {
      beforeOutage.restore(client);
    }
    beforeOutage = null;
  }

  private static synchronized DynamoDbLocal start() {
    if (server == null) {
      server = DynamoDbLocal.start(Integer.getInteger("dynamodb.port", 0));
      load(server);
    }
    return server;
  }

  private static void load(DynamoDbLocal local) {
    try (DynamoDbClient client = local.client()) {
      DemoDataset.create().load(client);
    }
  }

  /** Stops the server when JUnit closes the root store, at the end of the test JVM's run. */
  private record Running(DynamoDbLocal local) implements AutoCloseable {
    @Override
    public void close() {
      local.stop();
    }
  }
}
