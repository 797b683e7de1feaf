package io.dynamosql.oauth.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one renderer of direct OAuth error responses (RFC 6749 §5.2): JSON, never cached. */
@Provider
public class OAuthErrorRenderer implements ExceptionMapper<OAuthException> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Response toResponse(OAuthException exception) {
    return render(exception);
  }

  /** The response for an OAuth error; also used by endpoints that answer errors themselves. */
  public static Response render(OAuthException exception) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", exception.error().code());
    body.put("error_description", exception.description());
    Response.ResponseBuilder response =
        Response.status(exception.error().status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .header("Pragma", "no-cache")
            .entity(body.toString());
    if (exception.basicAuthenticationAttempted()) {
      // RFC 6749 §5.2: a failed Basic authentication is answered with a Basic challenge.
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dynamosql\", charset=\"UTF-8\"");
    }
    if (exception.error() == OAuthError.TEMPORARILY_UNAVAILABLE) {
      response.header(HttpHeaders.RETRY_AFTER, 60);
    }
    return response.build();
  }
}
