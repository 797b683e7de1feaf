package io.dynamosql.jdbc.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that answers every DynamoDB call the way DynamoDB refuses one: a JSON
 * error body with its {@code __type} and the HTTP status DynamoDB uses. DynamoDB Local accepts any
 * credentials, so this is how the tests see what real DynamoDB says to bad keys or a missing
 * permission, through the real SDK and its real error parsing.
 */
public final class RefusingDynamoDb implements AutoCloseable {

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
  private final AtomicInteger requests = new AtomicInteger();

  private RefusingDynamoDb(HttpServer server) {
    this.server = server;
  }

  /**
   * @param refusal {@code type|message}, one of the constants
   * @param status the HTTP status (400 for these refusals)
   */
  public static RefusingDynamoDb start(String refusal, int status) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      RefusingDynamoDb refusing = new RefusingDynamoDb(server);
      String[] parts = refusal.split("\\|", 2);
      byte[] body =
          ("{\"__type\":\"" + parts[0] + "\",\"message\":\"" + parts[1] + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/",
          exchange -> {
            try (exchange) {
              refusing.requests.incrementAndGet();
              exchange.getRequestBody().readAllBytes();
              exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
              exchange.getResponseHeaders().add("x-amzn-RequestId", "TESTREQUEST");
              exchange.sendResponseHeaders(status, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            }
          });
      server.start();
      return refusing;
    } catch (IOException e) {
      throw new UncheckedIOException("the refusing server did not start", e);
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
  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
