package io.dynamosql.bench.measure;

import io.dynamosql.bench.access.Outcome;

/**
 * One timed sample of a contender: {@code repetitions} reads back to back.
 *
 * @param nanosPerRead elapsed time divided by the repetitions
 * @param outcome what the last read returned
 * @param reading the DynamoDB calls and items of all the repetitions
 */
public record Sample(double nanosPerRead, Outcome outcome, Reading reading, int repetitions) {

  /** Items DynamoDB read for one read. */
  public double itemsReadPerRead() {
    return (double) reading.itemsRead() / repetitions;
  }

  /** Items PartiQL returned for one read. */
  public double partiqlItemsPerRead() {
    return (double) reading.partiqlItems() / repetitions;
  }
}
