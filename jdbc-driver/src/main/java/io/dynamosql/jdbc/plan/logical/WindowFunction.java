package io.dynamosql.jdbc.plan.logical;

import io.dynamosql.jdbc.plan.expr.Expr;
import java.sql.SQLException;
import java.util.List;

/** What a window function computes for each row. */
public sealed interface WindowFunction {

  /** The expressions it evaluates on the rows (none for a ranking function or COUNT(*)). */
  List<Expr> arguments();

  /** Rewrites an argument during binding. */
  @FunctionalInterface
  interface Rewrite {
    Expr apply(Expr argument) throws SQLException;
  }

  /** The same function with its arguments rewritten. */
  WindowFunction map(Rewrite rewrite) throws SQLException;

  String sql();

  /**
   * ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST or NTILE: from the row's position in the
   * ORDER BY (frames do not apply).
   *
   * @param buckets NTILE's bucket count, 0 for the others
   */
  record Ranking(String name, long buckets) implements WindowFunction {
    @Override
    public List<Expr> arguments() {
      return List.of();
    }

    @Override
    public WindowFunction map(Rewrite rewrite) throws SQLException {
      return this;
    }

    @Override
    public String sql() {
      return name + "(" + (buckets > 0 ? String.valueOf(buckets) : "") + ")";
    }
  }

  /** An aggregate over the rows of the frame. */
  record Aggregating(AggregateCall call) implements WindowFunction {
    @Override
    public List<Expr> arguments() {
      return call.argument() == null ? List.of() : List.of(call.argument());
    }

    @Override
    public WindowFunction map(Rewrite rewrite) throws SQLException {
      return call.argument() == null
          ? this
          : new Aggregating(
              new AggregateCall(
                  call.function(), call.distinct(), rewrite.apply(call.argument()), call.type()));
    }

    @Override
    public String sql() {
      return call.sql();
    }
  }

  /**
   * FIRST_VALUE, LAST_VALUE or NTH_VALUE: {@code argument} at a row of the frame, NULL when the
   * frame has no such row.
   *
   * @param nth the 1-based row of the frame for NTH_VALUE (1 for FIRST_VALUE, unused for
   *     LAST_VALUE)
   */
  record Value(String name, Expr argument, long nth) implements WindowFunction {
    @Override
    public List<Expr> arguments() {
      return List.of(argument);
    }

    @Override
    public WindowFunction map(Rewrite rewrite) throws SQLException {
      return new Value(name, rewrite.apply(argument), nth);
    }

    @Override
    public String sql() {
      return name + "(" + argument.sql() + (name.equals("NTH_VALUE") ? ", " + nth : "") + ")";
    }
  }

  /**
   * LAG or LEAD: {@code argument} at the row {@code offset} rows before (LAG) or after (LEAD) the
   * current one in its partition, {@code fallback} (evaluated on the current row) when there is
   * none; frames do not apply.
   */
  record Shift(String name, Expr argument, long offset, Expr fallback) implements WindowFunction {
    @Override
    public List<Expr> arguments() {
      return List.of(argument, fallback);
    }

    @Override
    public WindowFunction map(Rewrite rewrite) throws SQLException {
      return new Shift(name, rewrite.apply(argument), offset, rewrite.apply(fallback));
    }

    @Override
    public String sql() {
      return name + "(" + argument.sql() + ", " + offset + ", " + fallback.sql() + ")";
    }
  }
}
