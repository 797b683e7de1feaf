package io.dynamosql.oauth.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.oauth.token.SigningKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The public signing keys (RFC 7517), current and previous, for token verification. */
@RequestScoped
@Path("/jwks")
public class JwksEndpoint {

  @Inject SigningKeys keys;

  @GET
  public Response jwks() throws JsonProcessingException {
    return Json.publicDocument((ObjectNode) Json.MAPPER.readTree(keys.publicJwks().toString(true)));
  }
}
