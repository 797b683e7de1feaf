package io.dynamosql.mcp.security;

import io.dynamosql.mcp.config.McpConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of every 401 the container sends itself (MicroProfile JWT rejecting a token before
 * the application runs): it adds the bearer challenge that leads clients to the protected resource
 * metadata, and a JSON body instead of the container's HTML.
 */
@WebServlet("/unauthorized")
public class ChallengeServlet extends HttpServlet {

  @Inject McpConfig config;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    challenge(new BearerChallenge(config.resourceMetadataUrl()), request, response);
  }

  /** The 401 with the challenge for the request's credentials (none, or an unusable token). */
  static void challenge(
      BearerChallenge challenge, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(
        "WWW-Authenticate",
        request.getHeader("Authorization") == null
            ? challenge.missingToken()
            : challenge.invalidToken());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(BearerChallenge.UNAUTHORIZED_BODY);
  }
}
