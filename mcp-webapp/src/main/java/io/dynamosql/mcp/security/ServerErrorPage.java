package io.dynamosql.mcp.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.mcp.config.McpConfig;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The error page of every 500 of this webapp. WildFly's MicroProfile JWT (SmallRye JWT) answers a
 * token signed under a key id its JWKS does not hold with a bare 500 before the application runs:
 * its "unmatched kid" exception is a {@code JoseException} and is swallowed by its own {@code catch
 * (JoseException ...)} (SmallRye JWT {@code KeyLocationResolver.resolveKey}, 4.3.1 and later), so
 * the failure is reported as an unusable key. A client error must not be a 500: a request that the
 * container failed without an exception, that is not authenticated and whose bearer token names a
 * key id the JWKS does not publish gets the {@code invalid_token} challenge, as on Payara. Every
 * other 500 stays a 500, with a JSON body and no detail.
 */
@WebServlet("/server-error")
public class ServerErrorPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String SERVER_ERROR_BODY =
      "{\"error\":\"server_error\",\"error_description\":\"The server could not answer this"
          + " request\"}";

  @Inject transient McpConfig config;

  @Inject transient JwksKeyIds keyIds;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tokenUnderUnknownKey(request)) {
      ChallengeServlet.challenge(
          new BearerChallenge(config.resourceMetadataUrl()), request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(SERVER_ERROR_BODY);
  }

  private boolean tokenUnderUnknownKey(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null
        || request.getUserPrincipal() != null) {
      return false;
    }
    Optional<String> kid = keyId(request.getHeader("Authorization"));
    if (kid.isEmpty()) {
      return false;
    }
    Optional<Set<String>> published = keyIds.current();
    return published.isPresent() && !published.get().contains(kid.get());
  }

  /** The {@code kid} of a bearer token's JOSE header, if it has one. */
  static Optional<String> keyId(String authorization) {
    if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return Optional.empty();
    }
    String token = authorization.substring("bearer ".length()).trim();
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot)));
      JsonNode kid = header.path("kid");
      return kid.isTextual() ? Optional.of(kid.asText()) : Optional.empty();
    } catch (IOException | IllegalArgumentException notJose) {
      return Optional.empty();
    }
  }
}
