package io.dynamosql.mcp.transport;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The HTTP answer to one POST.
 *
 * @param status the status code
 * @param headers extra response headers
 * @param body the JSON body, or null for none
 */
public record HttpReply(int status, Map<String, String> headers, String body) {

  private static final String CONTENT_TYPE = "Content-Type";

  public HttpReply {
    headers = Map.copyOf(headers);
  }

  public static HttpReply json(int status, String body) {
    return new HttpReply(status, Map.of(), body);
  }

  /**
   * A 200 answered as an SSE stream: the notifications about the request, then its response, each
   * one {@code message} event. The stream ends with the response.
   */
  public static HttpReply eventStream(List<? extends JsonNode> notifications, JsonNode response) {
    StringBuilder events = new StringBuilder();
    for (JsonNode notification : notifications) {
      events.append("data: ").append(notification).append("\n\n");
    }
    events.append("data: ").append(response).append("\n\n");
    return new HttpReply(
        200,
        Map.of(
            CONTENT_TYPE,
            "text/event-stream",
            "Cache-Control",
            "no-cache",
            "X-Accel-Buffering",
            "no"),
        events.toString());
  }

  /** The Jakarta REST response carrying this reply. */
  public Response toResponse() {
    Response.ResponseBuilder response = Response.status(status);
    headers.forEach(response::header);
    if (body != null) {
      response.type(headers.getOrDefault(CONTENT_TYPE, "application/json")).entity(body);
    }
    return response.build();
  }

  /** Sends this reply through the servlet response, for the answers given before Jakarta REST. */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    headers.forEach(response::setHeader);
    if (body != null) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      response.setContentType(headers.getOrDefault(CONTENT_TYPE, "application/json"));
      response.setContentLength(bytes.length);
      try (OutputStream out = response.getOutputStream()) {
        out.write(bytes);
      }
    }
  }
}
