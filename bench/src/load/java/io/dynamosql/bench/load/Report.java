package io.dynamosql.bench.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The figures, printed and written to a file, with a verdict per target. */
final class Report implements AutoCloseable {

  /** The target for the MCP overhead at p50. */
  static final double OVERHEAD_TARGET_MS = 3.0;

  private final PrintWriter file;

  Report(Path path) {
    try {
      file = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void line(String text) {
    System.out.println(text);
    System.out.flush();
    file.println(text);
    file.flush();
  }

  void header(LoadOptions options, Map<Operation.RunSql, ResultRows> expected) {
    line("");
    line(
        "DynamoSQL load: Payara Micro (both WARs) + DynamoDB Local (demo dataset), loopback, "
            + Runtime.getRuntime().availableProcessors()
            + " cores");
    if (options.duration().isZero()) {
      line(
          "overhead only (--seconds 0): no load, "
              + (options.warmUp().isZero()
                  ? "no warm-up"
                  : "a "
                      + options.warmUp().toSeconds()
                      + " s warm-up of the "
                      + options.pacedClients()
                      + " paced clients"));
    } else {
      line(
          String.format(
              "clients: %d paced at %.1f calls/s + %d greedy (bursts of "
                  + LoadRun.BURST
                  + " list_tables a second); run %d s; rate limit 60 burst, 600/min",
              options.pacedClients(),
              options.perClientRate(),
              options.greedyClients(),
              options.duration().toSeconds()));
    }
    expected.forEach(
        (query, rows) ->
            line("  " + query.label() + ": " + rows.rows().size() + " rows | " + query.sql()));
  }

  void overhead(OverheadProbe probe) {
    line("");
    line(
        "MCP overhead (quiet server after the warm-up, "
            + probe.rounds
            + " interleaved rounds after "
            + probe.warmups
            + " warm-up rounds): p50 run_sql - p50 JDBC; paired = p50 of (run_sql - JDBC) per round");
    line(
        String.format(
            "  %-26s %7.2f ms  (HTTP, token check and JSON-RPC without SQL)",
            "ping", probe.ping.summaries().get(OverheadProbe.ALL).p50()));
    line(
        String.format(
            "  server CPU per call: ping %.2f ms, run_sql %.2f ms (mean over the queries; JIT and GC"
                + " included, far steadier than latency on a busy machine)",
            probe.serverCpuPerPing, probe.serverCpuPerRunSql));
    Map<String, Latencies.Summary> mcp = probe.mcp.summaries();
    Map<String, Latencies.Summary> jdbc = probe.jdbc.summaries();
    Map<String, Latencies.Summary> paired = probe.paired.summaries();
    for (String name : probe.names()) {
      double difference = mcp.get(name).p50() - jdbc.get(name).p50();
      line(
          String.format(
              "  %-26s run_sql %7.2f ms  JDBC %7.2f ms  overhead %6.2f ms  paired %6.2f ms%s",
              name,
              mcp.get(name).p50(),
              jdbc.get(name).p50(),
              difference,
              paired.get(name).p50(),
              name.equals(OverheadProbe.ALL)
                  ? (difference <= OVERHEAD_TARGET_MS
                      ? "  (target <= 3 ms: met)"
                      : "  (target <= 3 ms: MISSED)")
                  : ""));
    }
  }

  /** Prints one run's figures; true when its targets are met. */
  boolean load(String title, LoadRun run) {
    double seconds = run.elapsedNanos / 1e9;
    Tally good = run.wellBehaved;
    Tally greedy = run.greedy;
    line("");
    line(
        String.format(
            "%s: %.1f s, well-behaved clients %d calls = %.1f calls/s",
            title, seconds, good.calls.get(), good.calls.get() / seconds));
    line("  latency per tool (ms)        count      p50      p95      p99");
    print(run.byTool.summaries());
    line("  run_sql per query kind (ms)");
    print(run.byQuery.summaries());
    boolean errors = good.errors.get() == 0;
    boolean rows = good.lostRows.get() == 0 && good.extraRows.get() == 0;
    boolean unaffected = good.rateLimited.get() == 0;
    boolean limited = greedy.calls.get() == 0 || greedy.rateLimited.get() > 0;
    boolean headers = greedy.malformedRateLimits.get() == 0 && good.malformedRateLimits.get() == 0;
    line(verdict(errors, "errors: " + good.errors.get() + " (target 0)"));
    line(
        verdict(
            rows,
            "rows checked against the driver: "
                + good.rowsChecked.get()
                + ", lost "
                + good.lostRows.get()
                + ", duplicated or foreign "
                + good.extraRows.get()));
    line(
        verdict(
            unaffected,
            "well-behaved clients rate-limited: " + good.rateLimited.get() + " (target 0)"));
    line(
        verdict(
            limited
                && headers
                && greedy.errors.get() == 0
                && greedy.lostRows.get() + greedy.extraRows.get() == 0,
            String.format(
                "greedy clients: %d calls, %d answered 429 (all with Retry-After and X-RateLimit-*: %s), %d errors",
                greedy.calls.get(),
                greedy.rateLimited.get(),
                headers ? "yes" : "NO",
                greedy.errors.get())));
    good.problems().forEach(p -> line("  problem: " + p));
    greedy.problems().forEach(p -> line("  greedy problem: " + p));
    return errors && rows && unaffected && limited && headers && greedy.errors.get() == 0;
  }

  private void print(Map<String, Latencies.Summary> summaries) {
    summaries.forEach(
        (name, s) ->
            line(
                String.format(
                    "    %-26s %7d %8.2f %8.2f %8.2f",
                    name, s.count(), s.p50(), s.p95(), s.p99())));
  }

  private static String verdict(boolean met, String text) {
    return (met ? "  ok    " : "  MISS  ") + text;
  }

  @Override
  public void close() {
    file.close();
  }
}
