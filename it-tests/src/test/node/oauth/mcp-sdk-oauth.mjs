// The official MCP TypeScript SDK client against the deployed product, from the bare MCP URL:
// discovery, registration (DCR, or a Client ID Metadata Document when CLIENT_METADATA_URL is set),
// PKCE through the login and consent pages, tools/list, a refresh, then the reuse of the old refresh
// token, which must be refused and end the session. Prints one JSON object; exits 1 on any failure.
//
// Environment: MCP_URL, OAUTH_USERNAME, OAUTH_PASSWORD, REDIRECT_URL, CLIENT_METADATA_URL (optional).
import { randomUUID } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  UnauthorizedError,
  auth,
  discoverAuthorizationServerMetadata,
  refreshAuthorization,
} from '@modelcontextprotocol/sdk/client/auth.js';
import { HeadlessBrowser } from './headless-browser.mjs';

const mcpUrl = new URL(process.env.MCP_URL);
const redirectUrl = process.env.REDIRECT_URL;
const clientMetadataUrl = process.env.CLIENT_METADATA_URL || undefined;

/** Keeps everything in memory and hands the authorization URL to the headless browser. */
class HeadlessProvider {
  constructor() {
    this.clientMetadataUrl = clientMetadataUrl;
    this.issuedStates = [];
  }
  get redirectUrl() {
    return redirectUrl;
  }
  get clientMetadata() {
    return {
      client_name: 'DynamoSQL IT (MCP TypeScript SDK)',
      redirect_uris: [redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
      application_type: 'native',
    };
  }
  state() {
    const state = randomUUID();
    this.issuedStates.push(state);
    return state;
  }
  clientInformation() {
    return this.client;
  }
  saveClientInformation(client) {
    this.client = client;
  }
  tokens() {
    return this.savedTokens;
  }
  saveTokens(tokens) {
    this.savedTokens = tokens;
  }
  redirectToAuthorization(url) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
}

async function refused(promise) {
  try {
    await promise;
    return null;
  } catch (error) {
    return error.errorCode ?? error.code ?? String(error.message);
  }
}

const result = {};
try {
  const provider = new HeadlessProvider();
  const first = new StreamableHTTPClientTransport(mcpUrl, { authProvider: provider });
  const client = new Client({ name: 'dynamosql-oauth-it', version: '1.0.0' });
  try {
    await client.connect(first);
    throw new Error('the MCP endpoint answered without a token');
  } catch (error) {
    if (!(error instanceof UnauthorizedError)) throw error;
  }
  result.clientId = provider.client.client_id;
  const authorizationUrl = new URL(provider.authorizationUrl);
  result.authorizationRequest = Object.fromEntries(authorizationUrl.searchParams);
  delete result.authorizationRequest.code_challenge;

  const callback = await new HeadlessBrowser().authorize(authorizationUrl.href, {
    username: process.env.OAUTH_USERNAME,
    password: process.env.OAUTH_PASSWORD,
  });
  result.stateRoundTrips = provider.issuedStates.includes(callback.searchParams.get('state'));
  result.iss = callback.searchParams.get('iss');
  await first.finishAuth(callback.searchParams.get('code'));
  result.scope = provider.savedTokens.scope;
  result.gotRefreshToken = Boolean(provider.savedTokens.refresh_token);

  const second = new Client({ name: 'dynamosql-oauth-it', version: '1.0.0' });
  await second.connect(new StreamableHTTPClientTransport(mcpUrl, { authProvider: provider }));
  result.tools = (await second.listTools()).tools.map((t) => t.name).sort();
  await second.close();

  const oldRefresh = provider.savedTokens.refresh_token;
  result.refresh = await auth(provider, { serverUrl: mcpUrl });
  const newRefresh = provider.savedTokens.refresh_token;
  result.rotated = Boolean(newRefresh) && newRefresh !== oldRefresh;

  const issuer = result.iss;
  const metadata = await discoverAuthorizationServerMetadata(new URL(issuer));
  result.issuerMatchesMetadata = metadata.issuer === issuer;
  const reuse = { metadata, clientInformation: provider.client, resource: new URL(result.authorizationRequest.resource) };
  result.oldRefreshRefused = await refused(
    refreshAuthorization(new URL(issuer), { ...reuse, refreshToken: oldRefresh }),
  );
  result.newRefreshRefused = await refused(
    refreshAuthorization(new URL(issuer), { ...reuse, refreshToken: newRefresh }),
  );
  console.log(JSON.stringify(result));
} catch (error) {
  result.failure = String(error?.stack ?? error);
  console.log(JSON.stringify(result));
  process.exit(1);
}
