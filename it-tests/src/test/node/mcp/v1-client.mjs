// The v1 TypeScript SDK client (initialize-based revisions, 2025-11-25 and older).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { runSession } from './session.mjs';

await runSession(
  () => new Client({ name: 'dynamosql-it-v1', version: '1.0.0' }),
  (url, options) => new StreamableHTTPClientTransport(url, options),
);
