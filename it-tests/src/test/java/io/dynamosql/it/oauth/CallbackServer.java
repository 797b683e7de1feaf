package io.dynamosql.it.oauth;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The client's loopback redirect endpoint, as a native app opens one: a small page. */
final class CallbackServer implements AutoCloseable {

  private final HttpServer server;

  CallbackServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/callback",
        exchange -> {
          byte[] page =
              ("<!DOCTYPE html><html lang=\"en\"><title>Signed in</title>"
                      + "<body style=\"font-family:sans-serif\"><h1>You are signed in</h1>"
                      + "<p>You can close this window and return to the application.</p></body></html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    server.start();
  }

  String redirectUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
