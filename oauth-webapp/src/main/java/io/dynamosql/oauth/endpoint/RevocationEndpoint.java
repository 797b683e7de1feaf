package io.dynamosql.oauth.endpoint;

import io.dynamosql.oauth.RequestParameters;
import io.dynamosql.oauth.client.ClientAuthenticator;
import io.dynamosql.oauth.client.ClientCredentials;
import io.dynamosql.oauth.grant.RefreshTokens;
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

/**
 * Token revocation (RFC 7009). Refresh tokens revoke their whole family; access tokens are
 * short-lived JWTs that the resource server verifies offline, so revoking one is answered like an
 * unknown token: 200 (RFC 7009 §2.2).
 */
@RequestScoped
@Path("/revoke")
public class RevocationEndpoint {

  @Inject ClientAuthenticator authenticator;
  @Inject RefreshTokens refreshTokens;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    RequestParameters request = new RequestParameters(form);
    ClientCredentials client =
        authenticator.authenticate(
            Optional.ofNullable(authorization),
            request.optional("client_id"),
            request.optional("client_secret"));
    refreshTokens.revoke(request.required("token"), client.clientId());
    return Response.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }
}
