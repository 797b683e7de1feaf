package io.dynamosql.mcp.transport;

import io.dynamosql.mcp.body.BodyFilter;
import io.dynamosql.mcp.body.RequestBody;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a POST to the MCP endpoint whose {@code Content-Type} is not one well-formed media type
 * with the endpoint's JSON-RPC 400 ({@link McpEndpoint#contentTypeRefusal}), before Jakarta REST
 * parses the header: Jersey (Payara) would answer its own 400 page, RESTEasy (WildFly) a 415. It
 * also runs on the ASYNC dispatch, because {@link BodyFilter} may have read the body first and
 * re-dispatched the request, which skips filters bound to REQUEST only.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class ContentTypeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && atTheEndpoint(request)) {
      List<String> contentTypes = Collections.list(request.getHeaders("Content-Type"));
      Optional<HttpReply> refusal = McpEndpoint.contentTypeRefusal(contentTypes);
      if (refusal.isPresent()) {
        if (request.getAttribute(RequestBody.ATTRIBUTE) == null) {
          BodyFilter.leaveUnread(request, response);
        }
        refusal.get().writeTo(response);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The MCP endpoint is the module root ({@code /mcp} or {@code /mcp/}); the REST API is below. */
  private static boolean atTheEndpoint(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.isEmpty() || path.equals("/");
  }
}
