package io.dynamosql.bench.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The MCP overhead on a quiet server: each query through {@code run_sql} and through the driver
 * directly (same DynamoDB Local, rows read to the end in both), so that both see the same database
 * state and machine load. A round runs every query once each way, and alternates which way goes
 * first, so that drift in the machine's load falls on both sides alike; warm-up rounds let both
 * JVMs compile the paths before anything counts. Each query has its own MCP client, used once a
 * round, so the rate limit never interferes.
 */
final class OverheadProbe {

  final int warmups;
  final int rounds;

  final Latencies mcp = new Latencies();
  final Latencies jdbc = new Latencies();

  /** {@code run_sql} minus JDBC of the same round: less sensitive to load swings than p50 - p50. */
  final Latencies paired = new Latencies();

  /** MCP {@code ping}: HTTP, token verification and JSON-RPC without any SQL. */
  final Latencies ping = new Latencies();

  OverheadProbe(int warmups, int rounds) {
    this.warmups = warmups;
    this.rounds = rounds;
  }

  /**
   * @param clients one client per query
   * @param pinger a client of its own that pings once per round, to split the overhead
   * @param profile recorded during the measured rounds, or null
   */
  void measure(
      Map<Operation.RunSql, McpClient> clients,
      McpClient pinger,
      Connection connection,
      FlightRecordings profile)
      throws IOException, InterruptedException, SQLException {
    for (int round = 0; round < warmups; round++) {
      round(round, clients, pinger, connection, false);
    }
    if (profile != null) {
      profile.start();
    }
    for (int round = 0; round < rounds; round++) {
      round(round, clients, pinger, connection, true);
    }
    if (profile != null) {
      LoadMain.say(profile.stop());
    }
  }

  private void round(
      int round,
      Map<Operation.RunSql, McpClient> clients,
      McpClient pinger,
      Connection connection,
      boolean counted)
      throws IOException, InterruptedException, SQLException {
    McpCall pong = pinger.ping();
    if (pong.status() != 200) {
      throw new IllegalStateException("ping: " + pong.problem());
    }
    if (counted) {
      ping.add(ALL, pong.nanos());
    }
    for (Map.Entry<Operation.RunSql, McpClient> entry : clients.entrySet()) {
      Operation.RunSql query = entry.getKey();
      long direct;
      McpCall call;
      if (round % 2 == 0) {
        direct = direct(connection, query);
        call = entry.getValue().call(query);
      } else {
        call = entry.getValue().call(query);
        direct = direct(connection, query);
      }
      if (!call.succeeded()) {
        throw new IllegalStateException(query.label() + " through MCP: " + call.problem());
      }
      if (counted) {
        jdbc.add(query.label(), direct);
        jdbc.add(ALL, direct);
        mcp.add(query.label(), call.nanos());
        mcp.add(ALL, call.nanos());
        paired.add(query.label(), call.nanos() - direct);
        paired.add(ALL, call.nanos() - direct);
      }
    }
  }

  private static long direct(Connection connection, Operation.RunSql query) throws SQLException {
    long start = System.nanoTime();
    ResultRows.of(connection, query.sql());
    return System.nanoTime() - start;
  }

  /** The name under which every query's samples are pooled. */
  static final String ALL = "(all queries)";

  List<String> names() {
    return List.copyOf(mcp.summaries().keySet());
  }
}
