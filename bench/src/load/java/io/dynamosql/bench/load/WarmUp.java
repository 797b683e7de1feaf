package io.dynamosql.bench.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings both JVMs to the state of a server in service before the overhead probe: the paced clients
 * run the mix (checked like the load) while the harness runs the probe's queries through JDBC. A
 * few hundred calls leave most of the request path interpreted or at C1; the server's CPU per
 * {@code ping} was 2.5 ms after the probe's 50 warm-up rounds alone, 0.7 ms after a thousand.
 */
final class WarmUp {

  private WarmUp() {}

  static LoadRun run(
      List<McpClient> paced,
      double rate,
      Duration duration,
      Map<Operation.RunSql, ResultRows> expected,
      Connection connection)
      throws InterruptedException, SQLException {
    ExecutorService direct = Executors.newSingleThreadExecutor();
    long end = System.nanoTime() + duration.toNanos();
    Future<Void> queries =
        direct.submit(
            () -> {
              while (System.nanoTime() < end) {
                for (Operation.RunSql query : expected.keySet()) {
                  ResultRows.of(connection, query.sql());
                }
              }
              return null;
            });
    direct.shutdown();
    LoadRun clients = new LoadRun(expected);
    clients.run(paced, List.of(), rate, duration);
    try {
      queries.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new IllegalStateException("the JDBC warm-up failed", e.getCause());
    }
    return clients;
  }
}
