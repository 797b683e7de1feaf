package io.dynamosql.oauth.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.config.OAuthSettings;
import io.dynamosql.oauth.grant.GrantType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/**
 * Authorization server metadata (RFC 8414), also served as the OpenID discovery document because
 * some MCP clients only look there. The issuer is the configured base URL, byte for byte.
 */
@RequestScoped
@Path("/.well-known")
public class AuthorizationServerMetadataEndpoint {

  @Inject OAuthSettings settings;

  @GET
  @Path("/oauth-authorization-server")
  public Response oauthMetadata() {
    return Json.publicDocument(metadata());
  }

  @GET
  @Path("/openid-configuration")
  public Response openidConfiguration() {
    return Json.publicDocument(metadata());
  }

  ObjectNode metadata() {
    ObjectNode body = Json.object();
    body.put("issuer", settings.issuer().toString());
    body.put("authorization_endpoint", settings.endpoint("/authorize").toString());
    body.put("token_endpoint", settings.endpoint("/token").toString());
    body.put("registration_endpoint", settings.endpoint("/register").toString());
    body.put("revocation_endpoint", settings.endpoint("/revoke").toString());
    body.put("jwks_uri", settings.endpoint("/jwks").toString());
    strings(body, "scopes_supported", Scope.allValues());
    strings(body, "response_types_supported", List.of("code"));
    strings(
        body,
        "grant_types_supported",
        Arrays.stream(GrantType.values()).map(GrantType::value).toList());
    strings(body, "code_challenge_methods_supported", List.of("S256"));
    List<String> authMethods = List.of("client_secret_basic", "client_secret_post", "none");
    strings(body, "token_endpoint_auth_methods_supported", authMethods);
    strings(body, "revocation_endpoint_auth_methods_supported", authMethods);
    body.put("client_id_metadata_document_supported", true);
    body.put("authorization_response_iss_parameter_supported", true);
    return body;
  }

  static void strings(ObjectNode body, String name, List<String> values) {
    values.forEach(body.putArray(name)::add);
  }
}
