package io.dynamosql.jdbc.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback HTTP server that answers DynamoDB calls from a script: either every call refused the
 * way DynamoDB refuses one (a JSON error body with its {@code __type} and DynamoDB's HTTP status),
 * or a sequence of canned answers (the last one repeats). DynamoDB Local accepts any credentials
 * and never throttles, so this is how the tests see what real DynamoDB says to bad keys, a missing
 * permission or an overloaded table, through the real SDK and its real parsing. It records the
 * bodies of the requests it received.
 */
public final class ScriptedDynamoDb implements AutoCloseable {

  /** The refusal DynamoDB sends for an IAM policy that does not allow the call. */
  public static final String ACCESS_DENIED =
      "com.amazon.coral.service#AccessDeniedException|User: arn:aws:iam::123456789012:user/reader"
          + " is not authorized to perform: dynamodb:ListTables on resource: *";

  /** The refusal DynamoDB sends for an access key it does not know. */
  public static final String UNRECOGNIZED_CLIENT =
      "com.amazon.coral.service#UnrecognizedClientException|The security token included in the"
          + " request is invalid.";

  /** What DynamoDB sends when the request rate is too high. */
  public static final String THROTTLED =
      "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException|The level of"
          + " configured provisioned throughput for the table was exceeded.";

  private final HttpServer server;
  private final List<String> requestBodies = new ArrayList<>();

  private ScriptedDynamoDb(HttpServer server) {
    this.server = server;
  }

  /**
   * Refuses every call.
   *
   * @param refusal {@code type|message}, one of the constants
   * @param status the HTTP status (400 for these refusals)
   */
  public static ScriptedDynamoDb refusing(String refusal, int status) {
    String[] parts = refusal.split("\\|", 2);
    return start(
        status, List.of("{\"__type\":\"" + parts[0] + "\",\"message\":\"" + parts[1] + "\"}"));
  }

  /** Answers the calls with these JSON bodies in turn (HTTP 200), the last one from then on. */
  public static ScriptedDynamoDb answering(String... bodies) {
    return start(200, List.of(bodies));
  }

  private static ScriptedDynamoDb start(int status, List<String> bodies) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ScriptedDynamoDb scripted = new ScriptedDynamoDb(server);
      server.createContext(
          "/",
          exchange -> {
            try (exchange) {
              String request =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              int index;
              synchronized (scripted) {
                index = scripted.requestBodies.size();
                scripted.requestBodies.add(request);
              }
              byte[] body =
                  bodies.get(Math.min(index, bodies.size() - 1)).getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
              exchange.getResponseHeaders().add("x-amzn-RequestId", "TESTREQUEST");
              exchange.sendResponseHeaders(status, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            }
          });
      server.start();
      return scripted;
    } catch (IOException e) {
      throw new UncheckedIOException("the scripted server did not start", e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A driver URL for this server with well-formed (but refused) keys. */
  public String jdbcUrl(String extraProperties) {
    return "jdbc:dynamosql:endpoint="
        + endpoint()
        + ";region=us-east-1;user=AKIAREFUSED;password=refused"
        + extraProperties;
  }

  /** How many requests reached the server. */
  public synchronized int requests() {
    return requestBodies.size();
  }

  /** The bodies of the requests received, oldest first. */
  public synchronized List<String> requestBodies() {
    return List.copyOf(requestBodies);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
