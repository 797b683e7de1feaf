package io.dynamosql.oauth.client;

import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.error.OAuthException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches a Client ID Metadata Document over a connection pinned to the address that was checked
 * (so DNS rebinding cannot swap it), with a timeout, no redirects and a size limit. It speaks
 * HTTP/1.0 on a plain socket because no JDK HTTP client can connect to a chosen address while
 * keeping the host name for TLS.
 */
final class MetadataDocumentFetcher {

  /** The most a document may weigh (the CIMD draft's recommended limit). */
  static final int MAX_DOCUMENT_BYTES = 5 * 1024;

  private static final int MAX_HEADER_BYTES = 8 * 1024;

  private final AddressPolicy policy;
  private final Duration timeout;
  private final SSLSocketFactory tls;

  MetadataDocumentFetcher(AddressPolicy policy, Duration timeout, SSLSocketFactory tls) {
    this.policy = policy;
    this.timeout = timeout;
    this.tls = tls;
  }

  /** A 200 response: its headers (lower-case names) and body. */
  record Fetched(Map<String, String> headers, String body) {}

  Fetched fetch(URI url) {
    String host = url.getHost();
    InetAddress address = resolve(host);
    int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
    try (Socket socket = connect(url, address, port)) {
      socket.setSoTimeout((int) timeout.toMillis());
      OutputStream out = socket.getOutputStream();
      String request =
          "GET "
              + url.getRawPath()
              + " HTTP/1.0\r\nHost: "
              + url.getRawAuthority()
              + "\r\nAccept: application/json\r\nUser-Agent: dynamosql-oauth\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return read(socket.getInputStream(), url);
    } catch (IOException e) {
      throw failure(url, "could not be fetched (" + e.getClass().getSimpleName() + ")");
    }
  }

  private InetAddress resolve(String host) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw OAuthError.INVALID_CLIENT.exception("Client host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      if (!policy.permits(host, address)) {
        // Any special-use answer disqualifies the host: a later lookup could return it instead.
        throw OAuthError.INVALID_CLIENT.exception(
            "Client metadata host " + host + " resolves to a private or special-use address");
      }
    }
    return addresses[0];
  }

  private Socket connect(URI url, InetAddress address, int port) throws IOException {
    Socket plain = new Socket();
    plain.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
    if (!"https".equals(url.getScheme())) {
      return plain;
    }
    SSLSocket secure = (SSLSocket) tls.createSocket(plain, url.getHost(), port, true);
    SSLParameters parameters = secure.getSSLParameters();
    // Verify the certificate against the host name, not the pinned address.
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    secure.setSSLParameters(parameters);
    secure.startHandshake();
    return secure;
  }

  private Fetched read(InputStream in, URI url) throws IOException {
    byte[] head = readHead(in, url);
    String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !"200".equals(status[1])) {
      // Redirects are not followed (CIMD draft §4): any status but 200 is a failure.
      throw failure(url, "answered HTTP " + (status.length > 1 ? status[1] : "garbage"));
    }
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      body.write(buffer, 0, n);
      if (body.size() > MAX_DOCUMENT_BYTES) {
        throw failure(url, "is larger than " + MAX_DOCUMENT_BYTES + " bytes");
      }
    }
    return new Fetched(headers, body.toString(StandardCharsets.UTF_8));
  }

  private byte[] readHead(InputStream in, URI url) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0 || head.size() > MAX_HEADER_BYTES) {
        throw failure(url, "sent a malformed response");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toByteArray();
  }

  private static OAuthException failure(URI url, String what) {
    return OAuthError.INVALID_CLIENT.exception("Client metadata document " + url + " " + what);
  }
}
