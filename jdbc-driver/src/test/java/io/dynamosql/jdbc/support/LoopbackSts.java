package io.dynamosql.jdbc.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback HTTP server that answers STS AssumeRole the way STS does (its XML), handing out fixed
 * temporary credentials, and records each request's form parameters and signing key. The driver's
 * real STS client talks to it when the {@code aws.endpointUrlSts} system property points here.
 */
public final class LoopbackSts implements AutoCloseable {

  public static final String ASSUMED_ACCESS_KEY = "ASIAASSUMEDEXAMPLE";

  private static final String RESPONSE =
      """
      <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
        <AssumeRoleResult>
          <Credentials>
            <AccessKeyId>%s</AccessKeyId>
            <SecretAccessKey>assumed-secret</SecretAccessKey>
            <SessionToken>assumed-session-token</SessionToken>
            <Expiration>2099-01-01T00:00:00Z</Expiration>
          </Credentials>
          <AssumedRoleUser>
            <AssumedRoleId>AROAEXAMPLE:dynamosql-jdbc</AssumedRoleId>
            <Arn>arn:aws:sts::123456789012:assumed-role/Reader/dynamosql-jdbc</Arn>
          </AssumedRoleUser>
        </AssumeRoleResult>
        <ResponseMetadata><RequestId>loopback</RequestId></ResponseMetadata>
      </AssumeRoleResponse>
      """
          .formatted(ASSUMED_ACCESS_KEY);

  /** One request: its form parameters and the access key that signed it. */
  public record Request(Map<String, String> parameters, String signedBy) {}

  private final HttpServer server;
  private final List<Request> requests = new ArrayList<>();

  private LoopbackSts(HttpServer server) {
    this.server = server;
  }

  public static LoopbackSts start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      LoopbackSts sts = new LoopbackSts(server);
      server.createContext(
          "/",
          exchange -> {
            try (exchange) {
              String body =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              String authorization = exchange.getRequestHeaders().getFirst("Authorization");
              String credential =
                  authorization == null
                      ? ""
                      : authorization.substring(authorization.indexOf("Credential=") + 11);
              synchronized (sts) {
                sts.requests.add(
                    new Request(form(body), credential.substring(0, credential.indexOf('/'))));
              }
              byte[] answer = RESPONSE.getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().add("Content-Type", "text/xml");
              exchange.sendResponseHeaders(200, answer.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
              }
            }
          });
      server.start();
      return sts;
    } catch (IOException e) {
      throw new UncheckedIOException("the loopback STS did not start", e);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
