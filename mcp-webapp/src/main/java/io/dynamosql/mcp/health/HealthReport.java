package io.dynamosql.mcp.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several check results as one report, shaped like MicroProfile Health's JSON ({@code status},
 * {@code checks[]} of {@code name}, {@code status}, {@code data}) so that probes written for the
 * container's {@code /health} work unchanged on {@code /mcp/health}.
 */
public record HealthReport(List<CheckResult> checks) {

  public HealthReport {
    checks = List.copyOf(checks);
  }

  public boolean up() {
    return checks.stream().allMatch(CheckResult::up);
  }

  /** 200 when every check is up, else 503 (what load balancers act on). */
  public int httpStatus() {
    return up() ? 200 : 503;
  }

  /** The report as JSON-ready maps and lists. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("status", status(up()));
    json.put(
        "checks",
        checks.stream()
            .map(
                check -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("name", check.name());
                  entry.put("status", status(check.up()));
                  if (!check.data().isEmpty()) {
                    entry.put("data", new TreeMap<>(check.data()));
                  }
                  return entry;
                })
            .toList());
    return json;
  }

  private static String status(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
