/**
 * The authorization server of the deployed EAR tested from outside with real clients: plain HTTP
 * for every rule of the contract ({@code shared/design/oauth.md}), the official MCP TypeScript SDK
 * for the whole flow from the bare {@code /mcp} URL, and Debian's chromium (Playwright) for the
 * login and consent pages. Users and API clients are made with the admin command.
 */
package io.dynamosql.it.oauth;
