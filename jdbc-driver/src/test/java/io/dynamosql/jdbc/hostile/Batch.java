package io.dynamosql.jdbc.hostile;

import java.util.ArrayList;
import java.util.List;

/** Collects one family's statements and numbers them. */
final class Batch {

  private final String family;
  private final List<HostileStatement> statements = new ArrayList<>();

  Batch(String family) {
    this.family = family;
  }

  Batch add(String sql, Expectation expectation) {
    statements.add(
        new HostileStatement(family + "#" + statements.size(), family, sql, expectation));
    return this;
  }

  List<HostileStatement> statements() {
    return List.copyOf(statements);
  }
}
