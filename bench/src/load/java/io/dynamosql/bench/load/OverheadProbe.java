package io.dynamosql.bench.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The MCP overhead on a quiet server: each query alternately through {@code run_sql} and through
 * the driver directly (same DynamoDB Local, rows read to the end in both), so that both see the
 * same database state and machine load. Each query has its own MCP client, whose burst covers the
 * rounds, so the rate limit never interferes.
 */
final class OverheadProbe {

  static final int WARMUP = 5;
  static final int ROUNDS = 40;

  final Latencies mcp = new Latencies();
  final Latencies jdbc = new Latencies();

  /** MCP {@code ping}: HTTP, token verification and JSON-RPC without any SQL. */
  final Latencies ping = new Latencies();

  /**
   * @param clients one client per query
   * @param pinger a client of its own that pings once per round, to split the overhead
   */
  void measure(Map<Operation.RunSql, McpClient> clients, McpClient pinger, Connection connection)
      throws IOException, InterruptedException, SQLException {
    for (int round = 0; round < WARMUP + ROUNDS; round++) {
      McpCall call = pinger.ping();
      if (call.status() != 200) {
        throw new IllegalStateException("ping: " + call.problem());
      }
      if (round >= WARMUP) {
        ping.add(ALL, call.nanos());
      }
    }
    for (Map.Entry<Operation.RunSql, McpClient> entry : clients.entrySet()) {
      Operation.RunSql query = entry.getKey();
      for (int round = 0; round < WARMUP + ROUNDS; round++) {
        long start = System.nanoTime();
        ResultRows.of(connection, query.sql());
        long direct = System.nanoTime() - start;
        McpCall call = entry.getValue().call(query);
        if (!call.succeeded()) {
          throw new IllegalStateException(query.label() + " through MCP: " + call.problem());
        }
        if (round >= WARMUP) {
          jdbc.add(query.label(), direct);
          jdbc.add(ALL, direct);
          mcp.add(query.label(), call.nanos());
          mcp.add(ALL, call.nanos());
        }
      }
    }
  }

  /** The name under which every query's samples are pooled. */
  static final String ALL = "(all queries)";

  List<String> names() {
    return List.copyOf(mcp.summaries().keySet());
  }
}
