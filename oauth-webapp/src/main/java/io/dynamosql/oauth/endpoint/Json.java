package io.dynamosql.oauth.endpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON responses of the endpoints, written with one mapper. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A JSON response that must never be cached (tokens, registrations). */
  static Response noStore(int status, ObjectNode body) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .entity(body.toString())
        .build();
  }

  /** A public JSON document (metadata, keys) caches may keep for a short while. */
  static Response publicDocument(ObjectNode body) {
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
        .build();
  }
}
