package io.dynamosql.jdbc.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server between the driver and DynamoDB: each request becomes a {@link
 * ProxyExchange} that a {@link Relay} decides about (forward it and record the answer, forward it
 * late, answer an error instead, cut the answer short). The recording proxy and the fault proxy are
 * both relays over this one server.
 */
public final class LoopbackProxy implements AutoCloseable {

  /** What a proxy does with one request. */
  @FunctionalInterface
  public interface Relay {
    void relay(ProxyExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService workers;

  private LoopbackProxy(URI upstream, Relay relay) throws IOException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // A thread per request in flight: parallel scans send several at once, slow answers hold one.
    this.workers = Executors.newCachedThreadPool();
    server.setExecutor(workers);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            relay.relay(new ProxyExchange(exchange, upstream, client));
          }
        });
  }

  /** Starts a proxy on a free loopback port that relays to {@code upstream}. */
  public static LoopbackProxy start(URI upstream, Relay relay) {
    try {
      LoopbackProxy proxy = new LoopbackProxy(upstream, relay);
      proxy.server.start();
      return proxy;
    } catch (IOException e) {
      throw new IllegalStateException("the loopback proxy did not start", e);
    }
  }

  /** The proxy's endpoint URL, to be given to the driver instead of DynamoDB's. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
