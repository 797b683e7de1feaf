package io.dynamosql.jdbc.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hostile suite's judges, on results made by hand: each expectation accepts what it should and
 * nothing else, and an unclear refusal is called out. Without this the suite could pass anything.
 */
class JudgingTest {

  private static final Result ONE_ROW = new Result.Answered(1, false, "c001");
  private static final Result CAPPED = new Result.Answered(HostileRunner.ROW_CAP, true, "c001");

  @Test
  void aRefusalExpectationWantsItsStateAndNoReadsBeforeIt() {
    Expectation refused = Expectation.refused("25006", "42000");
    assertAccepts(refused, refusal("25006", 0));
    assertRejects(refused, refusal("42S02", 0));
    assertRejects(refused, refusal("25006", 3));
    assertRejects(refused, ONE_ROW);
    assertAccepts(new Expectation.Refusal(Set.of("53200"), false), refusal("53200", 12));
  }

  @Test
  void aRowCountIsExactAndUncapped() {
    assertAccepts(new Expectation.RowCount(1), ONE_ROW);
    assertRejects(new Expectation.RowCount(2), ONE_ROW);
    assertRejects(new Expectation.RowCount(HostileRunner.ROW_CAP), CAPPED);
    assertRejects(new Expectation.RowCount(1), refusal("42000", 0));
  }

  @Test
  void valueOrRefusalAndAtMostAndBounded() {
    Expectation value = new Expectation.ValueOrRefusal("c001", Set.of("53200"));
    assertAccepts(value, ONE_ROW);
    assertAccepts(value, refusal("53200", 9));
    assertRejects(value, new Result.Answered(1, false, "c002"));
    assertRejects(value, refusal("53400", 9));
    assertAccepts(new Expectation.AtMost(1), ONE_ROW);
    assertRejects(new Expectation.AtMost(0), ONE_ROW);
    assertRejects(new Expectation.AtMost(10), CAPPED);
    assertAccepts(new Expectation.AtMost(0), refusal("22001", 1));
    assertAccepts(Expectation.bounded(), CAPPED);
    assertAccepts(Expectation.bounded(), refusal("54001", 0));
    assertRejects(new Expectation.Bounded(Set.of("53200")), refusal("53400", 0));
  }

  @Test
  void aClearRefusalPassesAndEachKindOfUnclearOneIsNamed() {
    assertEquals(
        Optional.empty(),
        RefusalClarity.problem(
            new SQLSyntaxErrorException("Table \"x\" does not exist in schema dynamodb", "42S02")));
    assertProblem(new SQLException("no state"), "no valid SQLState");
    assertProblem(new SQLNonTransientException("boom", "HY000"), "HY000");
    assertProblem(new SQLSyntaxErrorException("", "42000"), "without a message");
    assertProblem(
        new SQLSyntaxErrorException("Syntax error: " + "(".repeat(5_000), "42000"), "message of");
    assertProblem(
        new SQLSyntaxErrorException("failed: java.lang.NullPointerException", "42000"),
        "internals");
    assertProblem(new SQLNonTransientException("bad cast", "22018"), "not a SQLDataException");
    assertEquals(
        Optional.empty(), RefusalClarity.problem(new SQLDataException("bad cast", "22018")));
  }

  private static Result refusal(String state, long dataReads) {
    return new Result.Refused(new SQLException("refused", state), dataReads);
  }

  private static void assertAccepts(Expectation expectation, Result result) {
    assertEquals(Optional.empty(), expectation.judge(result), expectation + " of " + result);
  }

  private static void assertRejects(Expectation expectation, Result result) {
    assertTrue(expectation.judge(result).isPresent(), expectation + " must reject " + result);
  }

  private static void assertProblem(SQLException refusal, String named) {
    Optional<String> problem = RefusalClarity.problem(refusal);
    assertTrue(
        problem.isPresent() && problem.get().contains(named),
        "expected a problem naming '" + named + "': " + problem);
  }
}
