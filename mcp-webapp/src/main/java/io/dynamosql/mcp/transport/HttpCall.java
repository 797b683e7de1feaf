package io.dynamosql.mcp.transport;

import io.dynamosql.mcp.protocol.RequestHeaders;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.security.CallerFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;

/**
 * One POST to the MCP endpoint, as the transport sees it.
 *
 * @param headers the request headers
 * @param body the body, at most one byte longer than the configured limit
 * @param caller the authenticated caller
 */
public record HttpCall(RequestHeaders headers, byte[] body, Caller caller) {

  /**
   * The call as Jakarta REST received it: at most {@code maxBodyBytes + 1} bytes of the body (one
   * more than allowed is enough to refuse it), and the caller {@link CallerFilter} identified. The
   * filter's request property is read as the servlet request attribute it is synchronised with: a
   * resource method cannot portably receive the filter's {@code ContainerRequestContext} (RESTEasy
   * refuses it).
   */
  public static HttpCall read(
      InputStream body, HttpHeaders headers, HttpServletRequest request, int maxBodyBytes)
      throws IOException {
    return new HttpCall(
        headers::getHeaderString,
        body.readNBytes(maxBodyBytes + 1),
        (Caller) request.getAttribute(CallerFilter.CALLER));
  }
}
