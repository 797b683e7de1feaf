package io.dynamosql.oauth.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.grant.GrantDispatcher;
import io.dynamosql.oauth.grant.TokenResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The token endpoint (RFC 6749 §3.2). */
@RequestScoped
@Path("/token")
public class TokenEndpoint {

  @Inject GrantDispatcher grants;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response token(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    TokenResponse response =
        grants.dispatch(new RequestParameters(form), Optional.ofNullable(authorization));
    ObjectNode body = Json.object();
    body.put("access_token", response.accessToken().value());
    body.put("token_type", "Bearer");
    body.put("expires_in", response.accessToken().lifetime().toSeconds());
    body.put("scope", Scope.format(response.scopes()));
    response.refreshToken().ifPresent(token -> body.put("refresh_token", token));
    return Json.noStore(200, body);
  }
}
