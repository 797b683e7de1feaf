package io.dynamosql.bench.report;

import io.dynamosql.bench.measure.Sample;
import io.dynamosql.bench.measure.Series;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** A goal of the benchmark, judged on the figures of the same run. */
public sealed interface Target {

  /** Judges the target; {@code results} maps a workload name to its contenders' series. */
  Verdict judge(Function<String, Map<String, Series>> results);

  /** The contender's median time over its baseline's is at most {@code max}. */
  record RatioAtMost(String workload, String label, String baseline, double max) implements Target {
    @Override
    public Verdict judge(Function<String, Map<String, Series>> results) {
      String target = String.format("%s: %s / %s <= %.2f", workload, label, baseline, max);
      Map<String, Series> series = results.apply(workload);
      if (!measured(series, label) || !measured(series, baseline)) {
        return new Verdict(Verdict.Status.MISSING, target, why(series, label, baseline));
      }
      double ratio = series.get(label).medianNanos() / series.get(baseline).medianNanos();
      return new Verdict(
          ratio <= max ? Verdict.Status.MET : Verdict.Status.MISSED,
          target,
          String.format("%.2f", ratio));
    }
  }

  /** The faster contender is at least {@code min} times faster than the slower one. */
  record SpeedupAtLeast(String workload, String slow, String fast, double min) implements Target {
    @Override
    public Verdict judge(Function<String, Map<String, Series>> results) {
      String target = String.format("%s: %s / %s >= %.2f", workload, slow, fast, min);
      Map<String, Series> series = results.apply(workload);
      if (!measured(series, slow) || !measured(series, fast)) {
        return new Verdict(Verdict.Status.MISSING, target, why(series, slow, fast));
      }
      double speedup = series.get(slow).medianNanos() / series.get(fast).medianNanos();
      return new Verdict(
          speedup >= min ? Verdict.Status.MET : Verdict.Status.MISSED,
          target,
          String.format("%.2fx", speedup));
    }
  }

  /** The contender reads exactly the minimum number of items. */
  record ReadsMinimum(String workload, String label, long minimum) implements Target {
    @Override
    public Verdict judge(Function<String, Map<String, Series>> results) {
      String target = String.format("%s: %s reads the minimum, %d items", workload, label, minimum);
      Map<String, Series> series = results.apply(workload);
      if (!measured(series, label)) {
        return new Verdict(Verdict.Status.MISSING, target, why(series, label, label));
      }
      double read = series.get(label).last().itemsReadPerRead();
      return new Verdict(
          read == minimum ? Verdict.Status.MET : Verdict.Status.MISSED,
          target,
          String.format("%.0f items read", read));
    }
  }

  /**
   * The contender reads no more items than PartiQL returns. PartiQL reports no read count on
   * DynamoDB Local, so its returned items stand in for what it read (a lower bound).
   */
  record ReadsNoMoreThanPartiql(String workload, String label, String partiql) implements Target {
    @Override
    public Verdict judge(Function<String, Map<String, Series>> results) {
      String target =
          String.format("%s: %s reads <= the items %s returned", workload, label, partiql);
      Map<String, Series> series = results.apply(workload);
      if (!measured(series, label) || !measured(series, partiql)) {
        return new Verdict(Verdict.Status.MISSING, target, why(series, label, partiql));
      }
      double read = series.get(label).last().itemsReadPerRead();
      double returned = series.get(partiql).last().partiqlItemsPerRead();
      return new Verdict(
          read <= returned ? Verdict.Status.MET : Verdict.Status.MISSED,
          target,
          String.format("%.0f <= %.0f", read, returned));
    }
  }

  /** The contender returns the same rows (count and key checksum) as its baseline. */
  record SameRows(String workload, String label, String baseline) implements Target {
    @Override
    public Verdict judge(Function<String, Map<String, Series>> results) {
      String target = String.format("%s: %s returns the rows of %s", workload, label, baseline);
      Map<String, Series> series = results.apply(workload);
      if (!measured(series, label) || !measured(series, baseline)) {
        return new Verdict(Verdict.Status.MISSING, target, why(series, label, baseline));
      }
      var mine = series.get(label).last().outcome();
      var theirs = series.get(baseline).last().outcome();
      boolean same = mine.rows() == theirs.rows() && mine.keyChecksum() == theirs.keyChecksum();
      return new Verdict(
          same ? Verdict.Status.MET : Verdict.Status.MISSED,
          target,
          mine.rows() + " rows vs " + theirs.rows() + (same ? "" : ", different keys"));
    }
  }

  /** The contender called nothing but DynamoDB's read operations (no write, DDL or PartiQL). */
  record OnlyReadOperations(List<String> workloads, String label) implements Target {
    private static final Set<String> READS =
        Set.of("GetItem", "BatchGetItem", "Query", "Scan", "DescribeTable", "ListTables");

    @Override
    public Verdict judge(Function<String, Map<String, Series>> results) {
      String target = label + " calls only DynamoDB read operations";
      Set<String> others = new TreeSet<>();
      boolean any = false;
      for (String workload : workloads) {
        Map<String, Series> series = results.apply(workload);
        if (measured(series, label)) {
          any = true;
          for (Sample sample : series.get(label).samples()) {
            sample.reading().calls().keySet().stream()
                .filter(operation -> !READS.contains(operation))
                .forEach(others::add);
          }
        }
      }
      if (!any) {
        return new Verdict(Verdict.Status.MISSING, target, label + " not measured");
      }
      return new Verdict(
          others.isEmpty() ? Verdict.Status.MET : Verdict.Status.MISSED,
          target,
          others.isEmpty() ? "none other seen" : "also called " + others);
    }
  }

  private static boolean measured(Map<String, Series> series, String label) {
    return series != null && series.containsKey(label) && series.get(label).measured();
  }

  private static String why(Map<String, Series> series, String first, String second) {
    if (series == null) {
      return "workload not run";
    }
    for (String label : new String[] {first, second}) {
      Series one = series.get(label);
      if (one == null) {
        return label + " not run";
      }
      if (one.failure().isPresent()) {
        return label + " not measured (its error is printed above)";
      }
    }
    return "not measured";
  }
}
