package io.dynamosql.jdbc.dynamo;

/**
 * The cost of a read: items DynamoDB evaluated ({@code ScannedCount}, what capacity is charged
 * for), items it returned, requests sent and capacity units consumed.
 */
public record ReadStats(long itemsRead, long itemsReturned, int requests, double capacityUnits) {

  public static final ReadStats ZERO = new ReadStats(0, 0, 0, 0);

  public ReadStats plus(ReadStats other) {
    return new ReadStats(
        itemsRead + other.itemsRead,
        itemsReturned + other.itemsReturned,
        requests + other.requests,
        capacityUnits + other.capacityUnits);
  }
}
