/**
 * The test profile for the official MCP conformance suite: its fixture tools, resources and
 * prompts, served only when {@code dynamosql.mcp.conformance-profile=true} (which also turns
 * authentication off and is refused unless the server is published on loopback).
 */
package io.dynamosql.mcp.conformance;
