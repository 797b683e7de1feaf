package io.dynamosql.bench;

import io.dynamosql.bench.access.SdkReads;
import io.dynamosql.bench.measure.Harness;
import io.dynamosql.bench.measure.Series;
import io.dynamosql.bench.memory.HeapCheck;
import io.dynamosql.bench.report.Report;
import io.dynamosql.bench.report.Target;
import io.dynamosql.bench.report.Verdict;
import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.fixture.LargeTable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The benchmark: starts DynamoDB Local with the demo dataset and the large table, performs each
 * workload through the driver, hand-written AWS SDK calls and PartiQL in the same rounds, prints
 * time ratios against the hand-written baseline, items read and rows, checks that {@code SELECT *}
 * over the large table streams in a small heap, and judges the targets of issue 3. Run it with
 * {@code mvn -B -pl bench -am -Pbench -DskipTests verify} (README, "Benchmarks").
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    run(options, System.out);
    // DynamoDB Local leaves a non-daemon thread behind.
    System.exit(0);
  }

  static void run(BenchOptions options, PrintStream out) throws Exception {
    out.printf(
        "DynamoSQL bench: %d items, %d rounds (full Scans: %d) after %d warm-ups (full Scans: 1),"
            + " %d scan segments; Java %s, %d cores. Times are ratios to the hand-written SDK"
            + " baseline of the same run.%n",
        options.items(),
        options.lightRounds(),
        options.rounds(),
        options.warmups(),
        options.segments(),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    ExecutorService segmentThreads = Executors.newFixedThreadPool(options.segments());
    long loadStart = System.nanoTime();
    try (LocalServer local = LocalServer.start(options.items());
        DynamoDbClient client = DynamoDbLocal.client(local.endpoint())) {
      out.printf(
          "DynamoDB Local (own JVM) started with the demo dataset and %d items of %s in %.1f s.%n",
          options.items(), LargeTable.NAME, (System.nanoTime() - loadStart) / 1e9);
      try (DriverSide driver =
          DriverSide.connect(local.endpoint(), DynamoDbLocal.REGION, options.segments())) {
        Workloads workloads =
            new Workloads(
                driver,
                new SdkReads(client, segmentThreads),
                client,
                options.items(),
                options.segments());
        Report report = new Report(out);
        Harness harness = new Harness(options.warmups(), options.rounds(), options.lightRounds());
        Map<String, Map<String, Series>> results = new LinkedHashMap<>();
        for (Workload workload : workloads.all()) {
          Map<String, Series> series =
              harness.measure(workload.contenders(), workload.repetitions(), workload.heavy());
          results.put(workload.name(), series);
          report.workload(
              workload.name(),
              workload.sql(),
              workload.minimumItems(),
              workload.contenders(),
              series);
        }
        out.println(
            "\n   * PartiQL reports neither ScannedCount nor (on DynamoDB Local) consumed capacity:"
                + " its figure is the items it returned.");
        List<Verdict> verdicts = new ArrayList<>();
        for (Target target : workloads.targets()) {
          verdicts.add(target.judge(results::get));
        }
        verdicts.add(streaming(options, local, out));
        report.verdicts(verdicts);
      }
    } finally {
      segmentThreads.shutdownNow();
    }
  }

  private static String mebibytes(long bytes) {
    return bytes < 0 ? "unknown" : String.format("%.1f MiB", bytes / 1048576.0);
  }

  /**
   * {@code SELECT *} over the large table in a JVM of {@code smallHeap}, the SDK's Scan beside it.
   */
  private static Verdict streaming(BenchOptions options, LocalServer local, PrintStream out)
      throws Exception {
    HeapCheck check = new HeapCheck(options.smallHeap());
    String target =
        "SELECT * over " + options.items() + " items streams in -Xmx" + options.smallHeap();
    out.printf("%n== Streaming in -Xmx%s (separate JVMs)%n", options.smallHeap());
    List<HeapCheck.Result> results = new ArrayList<>();
    for (String mode : List.of("sdk", "driver", "driver-1-segment")) {
      results.add(check.run(mode, local.endpoint(), DynamoDbLocal.REGION, LargeTable.NAME));
    }
    for (HeapCheck.Result result : results) {
      out.printf(
          "   %-17s exit %d, %d rows, peak heap %s, most heap after a GC %s%s%n",
          result.mode(),
          result.exitCode(),
          result.rows(),
          mebibytes(result.peakHeapBytes()),
          mebibytes(result.afterGcBytes()),
          result.streamed(options.items()) ? "" : "  (" + result.output() + ")");
    }
    HeapCheck.Result driver = results.get(1);
    String figures =
        String.format(
            "driver exit %d, %d rows, most heap after a GC %s (hand-written SDK Scan: %s)",
            driver.exitCode(),
            driver.rows(),
            mebibytes(driver.afterGcBytes()),
            mebibytes(results.get(0).afterGcBytes()));
    return new Verdict(
        driver.streamed(options.items()) ? Verdict.Status.MET : Verdict.Status.MISSED,
        target,
        figures);
  }
}
