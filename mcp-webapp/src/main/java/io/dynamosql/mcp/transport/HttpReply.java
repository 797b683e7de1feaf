package io.dynamosql.mcp.transport;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The HTTP answer to one POST.
 *
 * @param status the status code
 * @param headers extra response headers
 * @param body the JSON body, or null for none
 */
public record HttpReply(int status, Map<String, String> headers, String body) {

  public HttpReply {
    headers = Map.copyOf(headers);
  }

  public static HttpReply json(int status, String body) {
    return new HttpReply(status, Map.of(), body);
  }

  /** The Jakarta REST response carrying this reply. */
  public Response toResponse() {
    Response.ResponseBuilder response = Response.status(status);
    headers.forEach(response::header);
    if (body != null) {
      response.type("application/json").entity(body);
    }
    return response.build();
  }
}
