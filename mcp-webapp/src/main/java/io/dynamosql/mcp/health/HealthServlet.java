package io.dynamosql.mcp.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The webapp's own health endpoints on the HTTP port: {@code /mcp/health}, {@code
 * /mcp/health/live}, {@code /mcp/health/ready} and {@code /mcp/health/started}. A plain servlet, so
 * the MCP endpoint's bearer-token filter does not apply: load balancers call it without
 * credentials.
 */
@WebServlet(urlPatterns = "/health/*")
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject @Liveness transient LivenessCheck liveness;

  @Inject @Readiness transient ReadinessCheck readiness;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    List<CheckResult> checks =
        switch (path) {
          case "/", "" -> List.of(liveness.result(), readiness.result());
          case "/live", "/started" -> List.of(liveness.result());
          case "/ready" -> List.of(readiness.result());
          default -> null;
        };
    if (checks == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HealthReport report = new HealthReport(checks);
    response.setStatus(report.httpStatus());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    JSON.writeValue(response.getOutputStream(), report.toJson());
  }
}
