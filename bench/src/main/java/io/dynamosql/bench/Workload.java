package io.dynamosql.bench;

import io.dynamosql.bench.measure.Contender;
import java.util.List;

/**
 * One read the benchmark performs every way it can be performed.
 *
 * @param name how the report names it
 * @param sql the SQL the driver runs (with {@code ?} where parameters are bound)
 * @param minimumItems the fewest items DynamoDB can read to answer it
 * @param repetitions reads per timed sample (many for a key lookup, one for a full Scan)
 * @param heavy whether one read is long enough (a full Scan) that one warm-up suffices
 */
public record Workload(
    String name,
    String sql,
    long minimumItems,
    int repetitions,
    boolean heavy,
    List<Contender> contenders) {}
