package io.dynamosql.bench.access;

/**
 * What one read produced: its rows and an order-independent checksum of their key columns, so that
 * the three ways of reading can be checked to return the same rows.
 *
 * @param rows rows (items) returned
 * @param keyChecksum sum of the hashes of each row's key text
 * @param bytes characters of every value read, a sink that makes each access touch every column
 */
public record Outcome(long rows, long keyChecksum, long bytes) {

  /** Accumulates an {@link Outcome} row by row. */
  public static final class Builder {
    private long rows;
    private long keyChecksum;
    private long bytes;

    /** Adds one row with the text of its key columns. */
    public void row(String key) {
      rows++;
      keyChecksum += key.hashCode();
    }

    /** Counts the characters of one value read (null for SQL NULL / missing). */
    public void value(String text) {
      bytes += text == null ? 0 : text.length();
    }

    public Builder add(Outcome other) {
      rows += other.rows;
      keyChecksum += other.keyChecksum;
      bytes += other.bytes;
      return this;
    }

    public Outcome build() {
      return new Outcome(rows, keyChecksum, bytes);
    }
  }
}
