package io.dynamosql.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/**
 * One answered request.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the JSON body (a missing node when none or not JSON)
 * @param nanos the round trip
 */
record McpCall(int status, HttpHeaders headers, JsonNode body, long nanos) {

  /** A 200 with a result that is not a tool error. */
  boolean succeeded() {
    return status == 200
        && body.has("result")
        && !body.path("result").path("isError").asBoolean(false);
  }

  /** What went wrong, for the error log. */
  String problem() {
    return status
        + " "
        + (body.has("error")
            ? body.path("error").toString()
            : body.path("result").path("content").path(0).path("text").asText(body.toString()));
  }
}
