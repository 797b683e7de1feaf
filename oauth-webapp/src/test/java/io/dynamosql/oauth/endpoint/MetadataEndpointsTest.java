package io.dynamosql.oauth.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.oauth.config.OAuthSettings;
import java.net.URI;
import org.junit.jupiter.api.Test;

class MetadataEndpointsTest {

  private static final OAuthSettings SETTINGS =
      OAuthSettings.defaults(URI.create("http://127.0.0.1:8080/"));

  @Test
  void authorizationServerMetadataListsExactlyTheContract() throws Exception {
    AuthorizationServerMetadataEndpoint endpoint = new AuthorizationServerMetadataEndpoint();
    endpoint.settings = SETTINGS;

    JsonNode metadata = endpoint.metadata();

    String expected =
        """
        {"issuer":"http://127.0.0.1:8080",
         "authorization_endpoint":"http://127.0.0.1:8080/authorize",
         "token_endpoint":"http://127.0.0.1:8080/token",
         "registration_endpoint":"http://127.0.0.1:8080/register",
         "revocation_endpoint":"http://127.0.0.1:8080/revoke",
         "jwks_uri":"http://127.0.0.1:8080/jwks",
         "scopes_supported":["query","schemas:read"],
         "response_types_supported":["code"],
         "grant_types_supported":["authorization_code","refresh_token","client_credentials"],
         "code_challenge_methods_supported":["S256"],
         "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post","none"],
         "revocation_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post","none"],
         "client_id_metadata_document_supported":true,
         "authorization_response_iss_parameter_supported":true}
        """;
    assertEquals(Json.MAPPER.readTree(expected), metadata);
  }

  @Test
  void protectedResourceMetadataNamesTheMcpUrlAndTheIssuer() throws Exception {
    ProtectedResourceMetadataEndpoint endpoint = new ProtectedResourceMetadataEndpoint();
    endpoint.settings = SETTINGS;

    JsonNode metadata = endpoint.metadata();

    String expected =
        """
        {"resource":"http://127.0.0.1:8080/mcp",
         "authorization_servers":["http://127.0.0.1:8080"],
         "bearer_methods_supported":["header"],
         "scopes_supported":["query","schemas:read"],
         "resource_name":"DynamoSQL MCP server"}
        """;
    assertEquals(Json.MAPPER.readTree(expected), metadata);
  }
}
