package io.dynamosql.oauth.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns anything unexpected into {@code server_error} with a logged id, so that no stack trace or
 * internal message ever reaches a client. JAX-RS's own errors (404, 405, 415) keep their status.
 */
@Provider
public class InternalErrorRenderer implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(InternalErrorRenderer.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return web.getResponse();
    }
    String id = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Internal error " + id, exception);
    return OAuthErrorRenderer.render(
        OAuthError.SERVER_ERROR.exception("Internal error; reference " + id));
  }
}
