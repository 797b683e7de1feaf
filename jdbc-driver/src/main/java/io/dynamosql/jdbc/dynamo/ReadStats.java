package io.dynamosql.jdbc.dynamo;

/**
 * The cost of a read: items DynamoDB evaluated ({@code ScannedCount}, what capacity is charged
 * for), items it returned, and requests sent.
 */
public record ReadStats(long itemsRead, long itemsReturned, int requests) {

  public static final ReadStats ZERO = new ReadStats(0, 0, 0);

  public ReadStats plus(ReadStats other) {
    return new ReadStats(
        itemsRead + other.itemsRead,
        itemsReturned + other.itemsReturned,
        requests + other.requests);
  }
}
