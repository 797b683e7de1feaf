package io.dynamosql.bench.report;

import io.dynamosql.bench.measure.Contender;
import io.dynamosql.bench.measure.Reading;
import io.dynamosql.bench.measure.Sample;
import io.dynamosql.bench.measure.Series;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a workload's figures: per contender its median time relative to its baseline (with the
 * range of the per-round ratios), rows, items DynamoDB read per read and round trips per read. No
 * absolute times: they say more about the machine than about the driver.
 */
public final class Report {

  private final PrintStream out;

  public Report(PrintStream out) {
    this.out = out;
  }

  public void workload(
      String name,
      String sql,
      long minimumItems,
      List<Contender> contenders,
      Map<String, Series> series) {
    out.printf("%n== %s   (minimum %d items)%n   %s%n", name, minimumItems, sql);
    out.printf(
        "   %-20s %-22s %9s %14s  %s%n",
        "contender", "time / baseline", "rows", "items read", "calls per read");
    for (Contender contender : contenders) {
      Series mine = series.get(contender.label());
      if (!mine.measured()) {
        out.printf("   %-20s not measured: %s%n", contender.label(), mine.failure().orElse("?"));
        continue;
      }
      Sample last = mine.last();
      String ratio =
          contender
              .baseline()
              .map(b -> series.get(b))
              .filter(Series::measured)
              .map(b -> ratio(mine, b))
              .orElse(contender.baseline().isPresent() ? "baseline missing" : "1.00 (baseline)");
      out.printf(
          "   %-20s %-22s %9d %14s  %s%n",
          contender.label(),
          ratio,
          last.outcome().rows(),
          items(last),
          calls(last.reading(), last.repetitions()));
    }
  }

  public void verdicts(List<Verdict> verdicts) {
    out.printf("%n== Targets%n");
    verdicts.forEach(v -> out.println("   " + v));
    long met = verdicts.stream().filter(v -> v.status() == Verdict.Status.MET).count();
    long missing = verdicts.stream().filter(v -> v.status() == Verdict.Status.MISSING).count();
    out.printf(
        "   targets met: %d of %d (%d could not be measured)%n", met, verdicts.size(), missing);
  }

  /** Median over median, and the lowest and highest ratio of samples taken in the same round. */
  private static String ratio(Series mine, Series baseline) {
    double median = mine.medianNanos() / baseline.medianNanos();
    int rounds = Math.min(mine.samples().size(), baseline.samples().size());
    double low = Double.MAX_VALUE;
    double high = 0;
    for (int r = 0; r < rounds; r++) {
      double one = mine.samples().get(r).nanosPerRead() / baseline.samples().get(r).nanosPerRead();
      low = Math.min(low, one);
      high = Math.max(high, one);
    }
    return String.format("%.2f [%.2f-%.2f]", median, low, high);
  }

  private static String items(Sample sample) {
    if (sample.reading().partiqlItems() > 0 || sample.reading().calls("ExecuteStatement") > 0) {
      return String.format("%.0f returned*", sample.partiqlItemsPerRead());
    }
    return String.format("%.0f", sample.itemsReadPerRead());
  }

  private static String calls(Reading reading, int repetitions) {
    return reading.calls().entrySet().stream()
        .map(e -> e.getKey() + " " + format((double) e.getValue() / repetitions))
        .collect(Collectors.joining(", "));
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.2f", value);
  }
}
