// The v2 TypeScript SDK client pinned to the newest revision (2026-07-28: stateless, server/discover).
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { runSession } from './session.mjs';

await runSession(
  () =>
    new Client(
      { name: 'dynamosql-it-v2', version: '1.0.0' },
      { versionNegotiation: { mode: { pin: '2026-07-28' } } },
    ),
  (url, options) => new StreamableHTTPClientTransport(url, options),
);
