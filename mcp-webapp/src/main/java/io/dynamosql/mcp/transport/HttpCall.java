package io.dynamosql.mcp.transport;

import io.dynamosql.mcp.body.BodyFilter;
import io.dynamosql.mcp.body.RequestBody;
import io.dynamosql.mcp.protocol.RequestHeaders;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.security.CallerFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * One POST to the MCP endpoint, as the transport sees it.
 *
 * @param headers the request headers
 * @param body the body, or the verdict that it is too large
 * @param caller the authenticated caller
 */
public record HttpCall(RequestHeaders headers, RequestBody body, Caller caller) {

  /**
   * The call as Jakarta REST received it: the body {@link BodyFilter} read, and the caller {@link
   * CallerFilter} identified. The filter's request property is read as the servlet request
   * attribute it is synchronised with: a resource method cannot portably receive the filter's
   * {@code ContainerRequestContext} (RESTEasy refuses it).
   */
  public static HttpCall read(HttpHeaders headers, HttpServletRequest request) {
    return new HttpCall(
        headers::getHeaderString,
        RequestBody.of(request),
        (Caller) request.getAttribute(CallerFilter.CALLER));
  }
}
