package io.dynamosql.jdbc.hostile;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DynamoDbCall;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs hostile statements through the driver and judges each: what every statement must do (no call
 * but reads reaches DynamoDB, nothing but SQLException escapes, refusals are clear, nothing hangs),
 * then the statement's own {@link Expectation}. Entry points rotate: {@code executeQuery}, {@code
 * execute}, {@code PreparedStatement}.
 */
final class HostileRunner implements AutoCloseable {

  /** Rows read of one answer; past it the result set is closed (which must stop the reads). */
  static final int ROW_CAP = 5_000;

  /** A liveness bound, not a speed claim: a statement still running after it has hung. */
  static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private static final Set<String> DATA_READS = Set.of("GetItem", "BatchGetItem", "Query", "Scan");
  private final DemoDynamoDb dynamo;
  private final String url;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "hostile-sql");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicReference<Statement> running = new AtomicReference<>();
  private Connection connection;

  HostileRunner(DemoDynamoDb dynamo, String url) throws SQLException {
    this.dynamo = dynamo;
    this.url = url;
    this.connection = DriverManager.getConnection(url);
  }

  /** Every way the statement broke a rule; empty when it held. */
  List<String> check(HostileStatement statement, int index) throws SQLException {
    int mark = dynamo.proxy().mark();
    Result result = execute(statement.sql(), index);
    List<DynamoDbCall> calls = dynamo.proxy().callsSince(mark);
    List<String> broken = new ArrayList<>();
    calls.stream()
        .filter(call -> !call.isRead())
        .forEach(call -> broken.add("a non-read call reached DynamoDB: " + call.operation()));
    if (result instanceof Result.Refused refused) {
      long dataReads = calls.stream().filter(c -> DATA_READS.contains(c.operation())).count();
      result = new Result.Refused(refused.error(), dataReads);
      RefusalClarity.problem(refused.error()).ifPresent(broken::add);
    }
    if (result instanceof Result.Crashed
        || result instanceof Result.Updated
        || result instanceof Result.Hung) {
      broken.add(result.toString());
    } else {
      statement.expectation().judge(result).ifPresent(broken::add);
    }
    return broken;
  }

  private Result execute(String sql, int index) throws SQLException {
    Future<Result> future = worker.submit(() -> attempt(sql, index));
    try {
      return future.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      Statement statement = running.get();
      if (statement != null) {
        statement.cancel();
      }
      future.cancel(true);
      connection = DriverManager.getConnection(url);
      return new Result.Hung(HANG_GUARD.toSeconds());
    } catch (ExecutionException e) {
      return new Result.Crashed(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result.Crashed(e);
    }
  }

  private Result attempt(String sql, int index) {
    try {
      switch (index % 3) {
        case 0 -> {
          try (Statement statement = watched(connection.createStatement());
              ResultSet rows = statement.executeQuery(sql)) {
            return read(rows);
          }
        }
        case 1 -> {
          try (Statement statement = watched(connection.createStatement())) {
            if (!statement.execute(sql)) {
              return new Result.Updated(statement.getUpdateCount());
            }
            try (ResultSet rows = statement.getResultSet()) {
              return read(rows);
            }
          }
        }
        default -> {
          try (PreparedStatement statement = watched(connection.prepareStatement(sql));
              ResultSet rows = statement.executeQuery()) {
            return read(rows);
          }
        }
      }
    } catch (SQLException e) {
      return new Result.Refused(e, 0);
    } catch (Throwable e) {
      // Errors too (StackOverflowError, OutOfMemoryError): the point is to see them.
      return new Result.Crashed(e);
    } finally {
      running.set(null);
    }
  }

  private <S extends Statement> S watched(S statement) throws SQLException {
    statement.setQueryTimeout((int) HANG_GUARD.toSeconds() / 2);
    running.set(statement);
    return statement;
  }

  /** Reads up to the cap; every column of the first rows, so that conversions run too. */
  private static Result read(ResultSet rows) throws SQLException {
    int columns = rows.getMetaData().getColumnCount();
    long count = 0;
    String first = null;
    while (count < ROW_CAP && rows.next()) {
      if (count == 0) {
        first = rows.getString(1);
      }
      if (count < 100) {
        for (int c = 1; c <= columns; c++) {
          rows.getObject(c);
          rows.getString(c);
        }
      }
      count++;
    }
    boolean capped = count == ROW_CAP && rows.next();
    return new Result.Answered(count, capped, first);
  }

  @Override
  public void close() throws SQLException {
    worker.shutdownNow();
    connection.close();
  }
}
