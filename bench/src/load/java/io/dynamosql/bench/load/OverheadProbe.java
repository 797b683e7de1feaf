package io.dynamosql.bench.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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

  /**
   * Pings of the CPU measurement: enough 10 ms ticks of CPU time, and fewer per client (spread over
   * the seven) than a bucket of 60 plus its refill.
   */
  private static final int CPU_PINGS = 400;

  final int warmups;
  final int rounds;

  final Latencies mcp = new Latencies();
  final Latencies jdbc = new Latencies();

  /** {@code run_sql} minus JDBC of the same round: less sensitive to load swings than p50 - p50. */
  final Latencies paired = new Latencies();

  /** MCP {@code ping}: HTTP, token verification and JSON-RPC without any SQL. */
  final Latencies ping = new Latencies();

  /** Server CPU milliseconds per {@code ping}, from a run of pings alone after the rounds. */
  double serverCpuPerPing;

  /** Server CPU milliseconds per {@code run_sql}: the rounds' CPU less their pings'. */
  double serverCpuPerRunSql;

  OverheadProbe(int warmups, int rounds) {
    this.warmups = warmups;
    this.rounds = rounds;
  }

  /**
   * @param clients one client per query
   * @param pinger a client of its own that pings once per round, to split the overhead
   * @param cpu the server's CPU time
   * @param profile recorded during the measured rounds, or null
   */
  void measure(
      Map<Operation.RunSql, McpClient> clients,
      McpClient pinger,
      Connection connection,
      ServerCpu cpu,
      FlightRecordings profile)
      throws IOException, InterruptedException, SQLException {
    for (int round = 0; round < warmups; round++) {
      round(round, clients, pinger, connection, false);
    }
    if (profile != null) {
      profile.start();
    }
    Duration start = cpu.used();
    for (int round = 0; round < rounds; round++) {
      round(round, clients, pinger, connection, true);
    }
    Duration roundsCpu = cpu.used().minus(start);
    // Spread over every client of the probe, each of which has its bucket left for that.
    List<McpClient> pingers = new ArrayList<>(clients.values());
    pingers.add(pinger);
    start = cpu.used();
    for (int i = 0; i < CPU_PINGS; i++) {
      McpCall call = pingers.get(i % pingers.size()).ping();
      if (call.status() != 200) {
        throw new IllegalStateException("ping: " + call.problem());
      }
    }
    serverCpuPerPing = millis(cpu.used().minus(start)) / CPU_PINGS;
    serverCpuPerRunSql =
        (millis(roundsCpu) - rounds * serverCpuPerPing) / (rounds * (double) clients.size());
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

  private static double millis(Duration duration) {
    return duration.toNanos() / 1e6;
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
