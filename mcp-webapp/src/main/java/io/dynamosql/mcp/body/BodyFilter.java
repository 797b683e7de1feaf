package io.dynamosql.mcp.body;

import io.dynamosql.mcp.config.McpConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Reads the body of every POST before the resources run, so that no request worker ever waits on a
 * client that trickles its body (slow-loris): a body the container already holds is read at once;
 * any other is read with Servlet non-blocking I/O ({@link NonBlockingBodyRead}) and the request
 * then re-dispatched. The resources take the result with {@link RequestBody#of(
 * jakarta.servlet.ServletRequest)}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient McpConfig config;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  transient ManagedScheduledExecutorService deadlines;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    int limit = config.maxBodyBytes();
    long length = request.getContentLengthLong();
    if (length > limit) {
      // Refused on its announced length, unread; the resource answers 413 in its API's format.
      leaveUnread(request, response);
      request.setAttribute(RequestBody.ATTRIBUTE, new RequestBody.TooLarge(limit));
      chain.doFilter(request, response);
      return;
    }
    ServletInputStream input = request.getInputStream();
    if (length >= 0 && input.available() >= length) {
      // The usual small request arrived with its headers: reading it cannot block, so no async hop.
      request.setAttribute(
          RequestBody.ATTRIBUTE, new RequestBody.Complete(input.readNBytes((int) length)));
      chain.doFilter(request, response);
      return;
    }
    if (config.authEnabled() && request.getUserPrincipal() == null) {
      // CallerFilter refuses a request without a verified token before it needs the body: nothing
      // is buffered for strangers.
      leaveUnread(request, response);
      chain.doFilter(request, response);
      return;
    }
    if (overHttp2(request)) {
      // Payara's Grizzly breaks Servlet non-blocking reads over HTTP/2: the h2c upgrade request
      // gets no answer, a stream an empty 200. These bodies are read as before: blocking, within
      // the size cap. docs/security.md names the gap.
      request.setAttribute(
          RequestBody.ATTRIBUTE, RequestBody.of(input.readNBytes(limit + 1), limit));
      chain.doFilter(request, response);
      return;
    }
    NonBlockingBodyRead.start(request, limit, config.bodyTimeout(), deadlines);
  }

  /** An HTTP/2 stream, or the HTTP/1.1 request that upgrades its connection to h2c. */
  private static boolean overHttp2(HttpServletRequest request) {
    return !request.getProtocol().startsWith("HTTP/1.")
        || "h2c".equalsIgnoreCase(request.getHeader("Upgrade"));
  }

  /**
   * A connection whose body was not read is not reused: nobody waits for the rest of it. (HTTP/2
   * forbids the header; a stream's unread body costs no connection.)
   */
  public static void leaveUnread(HttpServletRequest request, HttpServletResponse response) {
    if (!overHttp2(request)) {
      response.setHeader("Connection", "close");
    }
  }
}
