package io.dynamosql.jdbc.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The hostile SQL generator: more than 10,000 statements from a seed, the same ones for the same
 * seed (a failure names its statement id; the seed and the id reproduce it).
 */
final class HostileSql {

  /** Random stacks of disguises over the refused statements. */
  static final int STACKED_DISGUISES = 4_000;

  /** Random expressions. */
  static final int RANDOM_EXPRESSIONS = 800;

  /** The families, in generation order. */
  static final List<String> FAMILIES =
      List.of(
          DisguisedWrites.FAMILY,
          InertWrites.FAMILY,
          DeepNesting.FAMILY,
          ExtremeLiterals.FAMILY,
          HostileNames.FAMILY,
          PathologicalLikes.FAMILY,
          CartesianJoins.FAMILY,
          RandomExpressions.FAMILY);

  private HostileSql() {}

  static List<HostileStatement> generate(long seed) {
    Random random = new Random(seed);
    DemoFacts facts = new DemoFacts();
    List<HostileStatement> all = new ArrayList<>();
    all.addAll(DisguisedWrites.generate(random, STACKED_DISGUISES));
    all.addAll(InertWrites.generate());
    all.addAll(DeepNesting.generate());
    all.addAll(ExtremeLiterals.generate(facts));
    all.addAll(HostileNames.generate());
    all.addAll(PathologicalLikes.generate(facts));
    all.addAll(CartesianJoins.generate(facts));
    all.addAll(RandomExpressions.generate(random, RANDOM_EXPRESSIONS));
    return List.copyOf(all);
  }
}
