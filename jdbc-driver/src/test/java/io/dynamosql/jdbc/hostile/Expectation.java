package io.dynamosql.jdbc.hostile;

import java.util.Optional;
import java.util.Set;

/**
 * What a hostile statement must lead to, beyond what every statement must do (no write reaches
 * DynamoDB, no exception but SQLException, a clear message, no hang), which {@link HostileRunner}
 * checks for all of them.
 */
sealed interface Expectation {

  /** Why {@code result} does not meet the expectation, or empty when it does. */
  Optional<String> judge(Result result);

  /**
   * Refused with one of {@code states}; before any item was read when {@code beforeReading} (a
   * write, a name error), possibly after reading when the bound is only hit on the way (memory).
   */
  record Refusal(Set<String> states, boolean beforeReading) implements Expectation {
    @Override
    public Optional<String> judge(Result result) {
      if (!(result instanceof Result.Refused refused)) {
        return Optional.of("must be refused with " + states + ", but " + result);
      }
      if (!states.contains(refused.error().getSQLState())) {
        return Optional.of("must be refused with " + states + ", but " + result);
      }
      if (beforeReading && refused.dataReads() > 0) {
        return Optional.of("refused only after " + refused.dataReads() + " data reads");
      }
      return Optional.empty();
    }
  }

  /** Answers at most {@code rows} rows, or is refused clearly. */
  record AtMost(long rows) implements Expectation {
    @Override
    public Optional<String> judge(Result result) {
      if (result instanceof Result.Answered answered
          && (answered.capped() || answered.rows() > rows)) {
        return Optional.of("must answer at most " + rows + " rows, but " + result);
      }
      return Optional.empty();
    }
  }

  /** Answers exactly {@code rows} rows. */
  record RowCount(long rows) implements Expectation {
    @Override
    public Optional<String> judge(Result result) {
      if (result instanceof Result.Answered answered
          && !answered.capped()
          && answered.rows() == rows) {
        return Optional.empty();
      }
      return Optional.of("must answer " + rows + " rows, but " + result);
    }
  }

  /**
   * Answers a first row whose first column is {@code value}, or is refused with one of {@code
   * refusals} (a memory or read bound that holds).
   */
  record ValueOrRefusal(String value, Set<String> refusals) implements Expectation {
    @Override
    public Optional<String> judge(Result result) {
      if (result instanceof Result.Answered answered && value.equals(answered.firstValue())) {
        return Optional.empty();
      }
      if (result instanceof Result.Refused refused
          && refusals.contains(refused.error().getSQLState())) {
        return Optional.empty();
      }
      return Optional.of(
          "must answer " + value + " or be refused with " + refusals + ": " + result);
    }
  }

  /** Any answer (read as far as the runner's row cap), or a refusal with one of {@code states}. */
  record Bounded(Set<String> states) implements Expectation {
    @Override
    public Optional<String> judge(Result result) {
      if (result instanceof Result.Refused refused
          && !states.isEmpty()
          && !states.contains(refused.error().getSQLState())) {
        return Optional.of("an answer or a refusal with " + states + ", but " + result);
      }
      return Optional.empty();
    }
  }

  /** Any answer or any (clear) refusal. */
  static Expectation bounded() {
    return new Bounded(Set.of());
  }

  /** Refused with one of {@code states} before anything was read. */
  static Expectation refused(String... states) {
    return new Refusal(Set.of(states), true);
  }
}
