/**
 * The OAuth 2.1 authorization server of the DynamoSQL MCP endpoint: its scope vocabulary and the
 * one place where its object graph is assembled for CDI. Sub-packages hold one concern each.
 */
package io.dynamosql.oauth;
