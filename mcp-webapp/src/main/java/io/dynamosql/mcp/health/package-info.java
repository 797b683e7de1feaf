/**
 * Liveness and readiness of the MCP webapp. Readiness reaches DynamoDB through the container
 * DataSource only ({@code Connection.isValid} and {@code DatabaseMetaData.getTables}), so a load
 * balancer takes an instance out when its DynamoDB path is broken; the driver's recent request
 * counts (throttled, failed after retries) are reported, and too many failures also make it not
 * ready. The checks are MicroProfile Health beans (Payara serves them at {@code /health}) and are
 * also served by the webapp itself at {@code /mcp/health}, because WildFly ignores application
 * checks of a WAR inside an EAR and serves health on its management port only.
 */
package io.dynamosql.mcp.health;
