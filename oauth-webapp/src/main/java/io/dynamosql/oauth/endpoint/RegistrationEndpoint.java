package io.dynamosql.oauth.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.client.DynamicRegistration;
import io.dynamosql.oauth.error.OAuthError;
import io.dynamosql.oauth.store.RegisteredClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The client registration endpoint (RFC 7591 §3) for public interactive clients. */
@RequestScoped
@Path("/register")
public class RegistrationEndpoint {

  // Real registrations are a few hundred bytes; anything far larger is not metadata.
  private static final int MAX_BODY_CHARS = 16 * 1024;

  @Inject DynamicRegistration registration;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(String body, @Context HttpServletRequest request) {
    if (body.length() > MAX_BODY_CHARS) {
      throw OAuthError.INVALID_CLIENT_METADATA.exception(
          "The registration is larger than " + MAX_BODY_CHARS + " characters");
    }
    DynamicRegistration.Registration registered =
        registration.register(body, request.getRemoteAddr());
    RegisteredClient client = registered.client();
    ObjectNode answer = Json.object();
    answer.put("client_id", client.clientId());
    answer.put("client_id_issued_at", client.createdAt().getEpochSecond());
    answer.put("client_name", client.clientName());
    AuthorizationServerMetadataEndpoint.strings(answer, "redirect_uris", client.redirectUris());
    AuthorizationServerMetadataEndpoint.strings(answer, "grant_types", registered.grantTypes());
    AuthorizationServerMetadataEndpoint.strings(answer, "response_types", List.of("code"));
    answer.put("token_endpoint_auth_method", "none");
    if (!client.scopes().isEmpty()) {
      answer.put("scope", Scope.format(client.scopes()));
    }
    return Json.noStore(201, answer);
  }
}
