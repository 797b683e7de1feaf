/**
 * The two eras of MCP as envelopes around era-agnostic handlers: 2026-07-28 (stateless, {@code
 * _meta} on every request, {@code Mcp-Method}/{@code Mcp-Name} headers, {@code resultType} and
 * caching hints on results) and the initialize-based revisions 2024-11-05 to 2025-11-25.
 */
package io.dynamosql.mcp.protocol;
