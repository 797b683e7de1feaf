package io.dynamosql.it.oauth;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Client ID Metadata Documents served over HTTPS on 127.0.0.1, with the key whose certificate the
 * deployed server trusts for development (both made by src/test/node/oauth/prepare.sh). The ITs'
 * configuration allows this loopback host; every other private address stays refused.
 */
final class MetadataDocumentServer implements AutoCloseable {

  private final Map<String, String> documents = new ConcurrentHashMap<>();
  private final HttpsServer server;

  MetadataDocumentServer() {
    try {
      server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(tls()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String body = documents.get(exchange.getRequestURI().getPath());
          byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("Cache-Control", "no-store");
          exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** The https URL a document at {@code path} has, e.g. {@code /clients/tool.json}. */
  String url(String path) {
    return "https://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Serves {@code body} at {@code path}; {@code %URL%} in it becomes the document's URL. */
  String serve(String path, String body) {
    documents.put(path, body.replace("%URL%", url(path)));
    return url(path);
  }

  /** A valid public client document at {@code path} for these redirect URIs. */
  String serveClient(String path, String name, String redirectUri) {
    return serve(
        path,
        "{\"client_id\":\"%URL%\",\"client_name\":\""
            + name
            + "\",\"redirect_uris\":[\""
            + redirectUri
            + "\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
            + "\"token_endpoint_auth_method\":\"none\"}");
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static SSLContext tls() {
    Path keyStore = Path.of(System.getProperty("it.oauth.tools"), "cimd-tls.p12");
    char[] password = "changeit".toCharArray();
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot load " + keyStore, e);
    }
  }
}
