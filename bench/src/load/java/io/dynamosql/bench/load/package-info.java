/**
 * The load and soak harness ({@code -Pload}, README "Load and soak"): DynamoDB Local with the demo
 * dataset, the two WARs on Payara Micro, N MCP clients with their own API client and token mixing
 * the three tools for a fixed time, every result checked against the driver's answer, the MCP
 * overhead against JDBC on the same database, the rate limit, and the server's heap over a soak.
 */
package io.dynamosql.bench.load;
