package io.dynamosql.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.fixture.TableSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB that answers the deployment's pings and metadata calls (ListTables, DescribeTable) but
 * fails every read with HTTP 500, as a broken DynamoDB front end might: the demo DynamoDB Local is
 * stopped, a copy of its tables runs on a free port, and a relay on the deployment's DynamoDB port
 * passes metadata calls to the copy and answers the rest with DynamoDB's InternalServerError.
 * {@link #close()} puts the demo DynamoDB Local back with its tables.
 */
public final class FailingDynamoDbReads implements AutoCloseable {

  private static final Set<String> PASSED = Set.of("ListTables", "DescribeTable");

  /** Headers the JDK client sets itself and refuses to be given. */
  private static final Set<String> RESTRICTED =
      Set.of("host", "connection", "content-length", "expect", "upgrade");

  private static final byte[] SERVER_ERROR =
      ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
              + "\"message\":\"Internal server error\"}")
          .getBytes(StandardCharsets.UTF_8);

  private final DynamoDbLocal copy;
  private final HttpServer relay;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpClient upstream =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private FailingDynamoDbReads(DynamoDbLocal copy, int port) throws IOException {
    this.copy = copy;
    this.relay =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    relay.createContext("/", this::answer);
    relay.setExecutor(threads);
    relay.start();
  }

  /** Replaces the demo DynamoDB Local (on its port) with one whose reads fail. */
  public static FailingDynamoDbReads start() {
    DynamoDbLocal demo = DemoDynamoDb.server();
    int port = demo.port();
    TableSnapshot tables;
    try (DynamoDbClient client = demo.client()) {
      tables = TableSnapshot.of(client);
    }
    DemoDynamoDb.stop();
    DynamoDbLocal copy = DynamoDbLocal.start(0);
    try (DynamoDbClient client = copy.client()) {
      tables.restore(client);
    }
    try {
      return new FailingDynamoDbReads(copy, port);
    } catch (IOException e) {
      copy.stop();
      DemoDynamoDb.startAgain();
      throw new IllegalStateException("cannot listen on DynamoDB's port " + port, e);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
      String operation = target.substring(target.indexOf('.') + 1);
      if (!PASSED.contains(operation)) {
        reply(exchange, 500, "application/x-amz-json-1.0", SERVER_ERROR);
        return;
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(copy.endpoint() + exchange.getRequestURI().toString()))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase())) {
                  values.forEach(value -> request.header(name, value));
                }
              });
      HttpResponse<byte[]> answer =
          upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      reply(
          exchange,
          answer.statusCode(),
          answer.headers().firstValue("Content-Type").orElse("application/x-amz-json-1.0"),
          answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().put("Content-Type", List.of(type));
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    relay.stop(0);
    threads.shutdownNow();
    copy.stop();
    DemoDynamoDb.startAgain();
  }
}
