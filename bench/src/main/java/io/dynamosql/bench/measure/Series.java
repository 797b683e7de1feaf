package io.dynamosql.bench.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The samples of one contender, or why it could not be measured.
 *
 * @param failure the error of its warm-up, when it could not run at all
 */
public record Series(String label, List<Sample> samples, Optional<String> failure) {

  public static Series failed(String label, String failure) {
    return new Series(label, List.of(), Optional.of(failure));
  }

  public boolean measured() {
    return failure.isEmpty() && !samples.isEmpty();
  }

  /** The median time of one read. */
  public double medianNanos() {
    return median(samples.stream().mapToDouble(Sample::nanosPerRead).toArray());
  }

  public Sample last() {
    return samples.get(samples.size() - 1);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
