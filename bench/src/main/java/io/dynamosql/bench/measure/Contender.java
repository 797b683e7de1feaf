package io.dynamosql.bench.measure;

import io.dynamosql.bench.access.Access;
import java.util.Optional;

/**
 * One way of performing a workload, measured against the others in the same rounds.
 *
 * @param label how the report names it ({@code driver}, {@code sdk}, {@code partiql}, {@code driver
 *     1 segment}, ...)
 * @param baseline the label of the contender its time is divided by; empty for a baseline
 */
public record Contender(String label, Optional<String> baseline, Access access) {

  public static Contender baseline(String label, Access access) {
    return new Contender(label, Optional.empty(), access);
  }

  public static Contender against(String baseline, String label, Access access) {
    return new Contender(label, Optional.of(baseline), access);
  }
}
