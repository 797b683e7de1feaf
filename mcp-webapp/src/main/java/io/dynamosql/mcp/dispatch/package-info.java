/**
 * Routes a validated request to its handler, and is the one place where exceptions become JSON-RPC
 * errors: protocol errors keep their code, anything unexpected becomes a generic internal error
 * whose details stay in the server log under an id the client sees.
 */
package io.dynamosql.mcp.dispatch;
