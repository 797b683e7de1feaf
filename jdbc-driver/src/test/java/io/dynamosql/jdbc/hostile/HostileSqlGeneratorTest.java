package io.dynamosql.jdbc.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator itself: big enough, deterministic, every family present, ids unique. */
class HostileSqlGeneratorTest {

  private static final List<HostileStatement> STATEMENTS = HostileSql.generate(HostileSqlTest.SEED);

  @Test
  void generatesAtLeastTenThousandStatements() {
    assertTrue(STATEMENTS.size() >= 10_000, "generated " + STATEMENTS.size());
  }

  @Test
  void theSameSeedGivesTheSameStatements() {
    assertEquals(sqlOf(STATEMENTS), sqlOf(HostileSql.generate(HostileSqlTest.SEED)));
  }

  @Test
  void anotherSeedGivesOtherRandomStatements() {
    assertNotEquals(sqlOf(STATEMENTS), sqlOf(HostileSql.generate(HostileSqlTest.SEED + 1)));
  }

  @Test
  void everyFamilyIsThereWithStatements() {
    Map<String, Long> perFamily =
        STATEMENTS.stream()
            .collect(Collectors.groupingBy(HostileStatement::family, Collectors.counting()));
    assertEquals(Set.copyOf(HostileSql.FAMILIES), perFamily.keySet());
    assertTrue(perFamily.values().stream().allMatch(n -> n >= 10), perFamily.toString());
  }

  @Test
  void idsAreUnique() {
    assertEquals(
        STATEMENTS.size(), STATEMENTS.stream().map(HostileStatement::id).distinct().count());
  }

  @Test
  void everyDisguisedWriteIsExpectedToBeRefusedBeforeReading() {
    STATEMENTS.stream()
        .filter(s -> s.family().equals(DisguisedWrites.FAMILY))
        .forEach(
            s ->
                assertTrue(
                    Set.of(DisguisedWrites.REFUSED, DisguisedWrites.EMBEDDED)
                        .contains(s.expectation()),
                    s.toString()));
  }

  @Test
  void theLikeOracleTranslatesWildcardsAndKeepsMetacharactersLiteral() {
    assertTrue(DemoFacts.likeRegex("a%b_c").matcher("aXYZbQc").matches());
    assertTrue(DemoFacts.likeRegex("%(a+)+b%").matcher("x(a+)+by").matches());
    assertTrue(!DemoFacts.likeRegex("%(a+)+b%").matcher("aab").matches());
    assertTrue(DemoFacts.likeRegex("%").matcher("").matches());
    assertTrue(!DemoFacts.likeRegex("_").matcher("").matches());
  }

  private static List<String> sqlOf(List<HostileStatement> statements) {
    return statements.stream().map(HostileStatement::sql).toList();
  }
}
