package io.dynamosql.oauth.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.oauth.Scope;
import io.dynamosql.oauth.config.OAuthSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Protected resource metadata of the MCP endpoint (RFC 9728), at the root form and the
 * path-inserted form for {@code /mcp}; it lives here because this application owns the origin's
 * root. The {@code resource} equals the URL clients connect to.
 */
@RequestScoped
@Path("/.well-known/oauth-protected-resource")
public class ProtectedResourceMetadataEndpoint {

  @Inject OAuthSettings settings;

  @GET
  public Response root() {
    return Json.publicDocument(metadata());
  }

  @GET
  @Path("/mcp")
  public Response mcp() {
    return Json.publicDocument(metadata());
  }

  ObjectNode metadata() {
    ObjectNode body = Json.object();
    body.put("resource", settings.resources().get(0).toString());
    AuthorizationServerMetadataEndpoint.strings(
        body, "authorization_servers", List.of(settings.issuer().toString()));
    AuthorizationServerMetadataEndpoint.strings(
        body, "bearer_methods_supported", List.of("header"));
    AuthorizationServerMetadataEndpoint.strings(body, "scopes_supported", Scope.allValues());
    body.put("resource_name", "DynamoSQL MCP server");
    return body;
  }
}
