package io.dynamosql.jdbc.dynamo;

/**
 * What one stream has cost so far, added to by every response (from several segment threads at once
 * in a parallel scan).
 */
final class ReadTally {

  private ReadStats stats = ReadStats.ZERO;

  synchronized void add(long itemsRead, long itemsReturned) {
    stats = stats.plus(new ReadStats(itemsRead, itemsReturned, 1));
  }

  synchronized ReadStats stats() {
    return stats;
  }
}
