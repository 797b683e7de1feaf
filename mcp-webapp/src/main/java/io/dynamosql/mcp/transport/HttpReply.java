package io.dynamosql.mcp.transport;

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
}
