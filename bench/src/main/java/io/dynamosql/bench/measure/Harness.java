package io.dynamosql.bench.measure;

import io.dynamosql.bench.access.Outcome;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures contenders against each other: warm-up reads of each, then rounds in which every
 * contender takes one sample, in an order that rotates from round to round so that none always runs
 * first or right after a heavy one. Each sample starts after a GC so that one contender's garbage
 * is not collected on another's time. Results are only ever compared within one run.
 */
public final class Harness {

  private final int warmups;
  private final int heavyRounds;
  private final int lightRounds;

  /**
   * @param heavyRounds rounds of a heavy workload (a full Scan, seconds a sample)
   * @param lightRounds rounds of the others, whose samples are short and noisier
   */
  public Harness(int warmups, int heavyRounds, int lightRounds) {
    this.warmups = warmups;
    this.heavyRounds = heavyRounds;
    this.lightRounds = lightRounds;
  }

  /**
   * Measures the contenders; those whose warm-up fails are reported with their error.
   *
   * @param heavy one warm-up read is enough (a full Scan), and fewer rounds: spares minutes on a
   *     busy machine
   */
  public Map<String, Series> measure(List<Contender> contenders, int repetitions, boolean heavy) {
    int warmupSamples = heavy ? Math.min(1, warmups) : warmups;
    int rounds = heavy ? heavyRounds : lightRounds;
    List<Contender> running = new ArrayList<>();
    Map<String, Series> failed = new LinkedHashMap<>();
    for (Contender contender : contenders) {
      try {
        for (int w = 0; w < warmupSamples; w++) {
          sample(contender, repetitions);
        }
        running.add(contender);
      } catch (Exception e) {
        failed.put(contender.label(), Series.failed(contender.label(), describe(e)));
      }
    }
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    running.forEach(c -> samples.put(c.label(), new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < running.size(); i++) {
        Contender contender = running.get((i + round) % running.size());
        try {
          samples.get(contender.label()).add(sample(contender, repetitions));
        } catch (Exception e) {
          throw new IllegalStateException(
              contender.label() + " failed after its warm-up: " + describe(e), e);
        }
      }
    }
    Map<String, Series> result = new LinkedHashMap<>();
    for (Contender contender : contenders) {
      String label = contender.label();
      result.put(
          label,
          failed.containsKey(label)
              ? failed.get(label)
              : new Series(label, List.copyOf(samples.get(label)), Optional.empty()));
    }
    return result;
  }

  private static Sample sample(Contender contender, int repetitions) throws Exception {
    System.gc();
    Reading before = ReadMeter.now();
    Outcome outcome = null;
    long start = System.nanoTime();
    for (int r = 0; r < repetitions; r++) {
      outcome = contender.access().read();
    }
    long elapsed = System.nanoTime() - start;
    return new Sample(
        (double) elapsed / repetitions, outcome, ReadMeter.now().since(before), repetitions);
  }

  private static String describe(Exception e) {
    if (e instanceof SQLException sql) {
      return "SQLState " + sql.getSQLState() + ": " + sql.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
