package io.dynamosql.mcp.protocol;

/** The two generations of the protocol a request can speak. */
public enum Era {
  /** Revisions that open with {@code initialize} (2024-11-05 to 2025-11-25). */
  LEGACY,
  /** Stateless revisions with per-request {@code _meta} (2026-07-28). */
  MODERN
}
