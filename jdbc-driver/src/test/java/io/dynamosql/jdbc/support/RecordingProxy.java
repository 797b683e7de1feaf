package io.dynamosql.jdbc.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * A loopback HTTP proxy between the driver and DynamoDB Local that records every request: the
 * operation ({@code X-Amz-Target}), the request body and the items DynamoDB read for it. It is an
 * independent witness of what the driver did, so tests do not have to trust the driver's own
 * statistics, and it sees any write call the driver might make.
 */
public final class RecordingProxy implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<DynamoDbCall> calls = new ArrayList<>();
  private final Set<String> accessKeys = new TreeSet<>();
  private final LoopbackProxy server;

  private RecordingProxy(URI upstream) {
    this.server = LoopbackProxy.start(upstream, this::forward);
  }

  /** Starts a proxy on a free loopback port that forwards to {@code upstream}. */
  public static RecordingProxy start(URI upstream) {
    return new RecordingProxy(upstream);
  }

  /** The proxy's endpoint URL, to be given to the driver instead of DynamoDB's. */
  public URI endpoint() {
    return server.endpoint();
  }

  /** Every call recorded so far, oldest first. */
  public synchronized List<DynamoDbCall> calls() {
    return List.copyOf(calls);
  }

  /** The calls recorded since {@code mark} (a value of {@link #mark()}). */
  public synchronized List<DynamoDbCall> callsSince(int mark) {
    return List.copyOf(calls.subList(mark, calls.size()));
  }

  /** A position in the record; see {@link #callsSince(int)}. */
  public synchronized int mark() {
    return calls.size();
  }

  /** Every access key id that signed a request ({@code Credential=} of the SigV4 header). */
  public synchronized Set<String> accessKeys() {
    return Set.copyOf(accessKeys);
  }

  /** The calls that were not reads: writes, DDL, PartiQL, anything unknown. */
  public synchronized List<DynamoDbCall> nonReadCalls() {
    return calls.stream().filter(c -> !c.isRead()).toList();
  }

  @Override
  public void close() {
    server.close();
  }

  private void forward(ProxyExchange exchange) throws IOException {
    HttpResponse<byte[]> response = exchange.forward();
    record(exchange, response);
    exchange.reply(response);
  }

  private void record(ProxyExchange exchange, HttpResponse<byte[]> response) throws IOException {
    String operation = exchange.operation();
    JsonNode request = parse(exchange.requestBody(), false);
    boolean gzip =
        response
            .headers()
            .firstValue("Content-Encoding")
            .map("gzip"::equalsIgnoreCase)
            .orElse(false);
    JsonNode answer = parse(response.body(), gzip);
    long returned = returnedItems(operation, answer);
    long read = answer.has("ScannedCount") ? answer.get("ScannedCount").asLong() : returned;
    DynamoDbCall call = new DynamoDbCall(operation, request, response.statusCode(), read, returned);
    String authorization = exchange.requestHeader("Authorization");
    synchronized (this) {
      calls.add(call);
      if (authorization != null && authorization.contains("Credential=")) {
        String credential = authorization.substring(authorization.indexOf("Credential=") + 11);
        accessKeys.add(credential.substring(0, credential.indexOf('/')));
      }
    }
  }

  private static long returnedItems(String operation, JsonNode answer) {
    return switch (operation) {
      case "GetItem" -> answer.hasNonNull("Item") ? 1 : 0;
      case "BatchGetItem" -> {
        long count = 0;
        for (JsonNode tableItems : answer.path("Responses")) {
          count += tableItems.size();
        }
        yield count;
      }
      default -> answer.path("Count").asLong(0);
    };
  }

  private static JsonNode parse(byte[] body, boolean gzip) throws IOException {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try (InputStream in =
        gzip
            ? new GZIPInputStream(new ByteArrayInputStream(body))
            : new ByteArrayInputStream(body)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      // Not JSON (an HTML error page, say): record the call without a body.
      return MissingNode.getInstance();
    }
  }
}
