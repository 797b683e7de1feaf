/**
 * Hostile HTTP against the deployed EAR: what an attacker sends to the MCP endpoint and the
 * authorization server, each with the exact refusal expected. Attacks the mcp and oauth packages
 * already test are not repeated here; docs/security.md maps every threat to its test.
 */
package io.dynamosql.it.hostile;
