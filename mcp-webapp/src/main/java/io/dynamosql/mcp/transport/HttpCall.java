package io.dynamosql.mcp.transport;

import io.dynamosql.mcp.protocol.RequestHeaders;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.security.CallerFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
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
   * more than allowed is enough to refuse it), and the caller {@link CallerFilter} identified.
   */
  public static HttpCall read(
      InputStream body, HttpHeaders headers, ContainerRequestContext request, int maxBodyBytes)
      throws IOException {
    return new HttpCall(
        headers::getHeaderString,
        body.readNBytes(maxBodyBytes + 1),
        (Caller) request.getProperty(CallerFilter.CALLER));
  }
}
