package io.dynamosql.mcp.security;

import io.dynamosql.mcp.config.McpConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the token MicroProfile JWT verified (signature, issuer, expiry) into a {@link Caller},
 * checks its audience against the MCP resource URL, and applies the per-client rate limit. A
 * request without a usable token gets 401 with the challenge that leads clients to the protected
 * resource metadata; the container's own defaults would not carry it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class CallerFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The request property holding the {@link Caller}. */
  public static final String CALLER = "io.dynamosql.mcp.caller";

  private static final String DECISION = "io.dynamosql.mcp.rateLimit";

  @Inject McpConfig config;

  private BearerChallenge challenge;
  private RateLimiter limiter;

  @PostConstruct
  void start() {
    challenge = new BearerChallenge(config.resourceMetadataUrl());
    limiter =
        new InMemoryTokenBucketRateLimiter(
            config.rateLimitCapacity(), config.rateLimitPerMinute(), System::nanoTime);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!config.authEnabled()) {
      request.setProperty(CALLER, Caller.unauthenticated());
      return;
    }
    Principal principal = request.getSecurityContext().getUserPrincipal();
    boolean presented = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
    if (!(principal instanceof JsonWebToken token)
        || token.getAudience() == null
        || !token.getAudience().contains(config.resourceUrl())) {
      // A token for another audience is as unusable here as a forged one (RFC 8707).
      request.abortWith(
          unauthorized(presented ? challenge.invalidToken() : challenge.missingToken()));
      return;
    }
    Caller caller = callerOf(token);
    RateLimiter.Decision decision = limiter.acquire(caller.clientId());
    request.setProperty(DECISION, decision);
    if (!decision.allowed()) {
      request.abortWith(
          Response.status(Response.Status.TOO_MANY_REQUESTS)
              .header("Retry-After", decision.retryAfterSeconds())
              .type(MediaType.APPLICATION_JSON)
              .entity(
                  "{\"error\":\"rate_limited\",\"error_description\":\"Too many requests; retry"
                      + " after "
                      + decision.retryAfterSeconds()
                      + " s\"}")
              .build());
      return;
    }
    request.setProperty(CALLER, caller);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
      response.getHeaders().putSingle("X-RateLimit-Limit", decision.limit());
      response.getHeaders().putSingle("X-RateLimit-Remaining", decision.remaining());
      response.getHeaders().putSingle("X-RateLimit-Reset", decision.resetSeconds());
    }
  }

  static Caller callerOf(JsonWebToken token) {
    String subject = token.getSubject();
    String clientId = firstString(token, "client_id", "azp");
    Object scope = token.getClaim("scope");
    Set<Scope> scopes = Scope.parse(scope == null ? null : text(scope));
    return new Caller(clientId == null ? subject : clientId, subject, scopes);
  }

  private static String firstString(JsonWebToken token, String... claims) {
    for (String claim : claims) {
      Object value = token.getClaim(claim);
      if (value != null) {
        return text(value);
      }
    }
    return null;
  }

  /** A claim's string value (MP-JWT may hand out JSON-P strings). */
  private static String text(Object value) {
    return value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
  }

  private static Response unauthorized(String header) {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, header)
        .type(MediaType.APPLICATION_JSON)
        .entity(BearerChallenge.UNAUTHORIZED_BODY)
        .build();
  }
}
