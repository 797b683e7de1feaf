package io.dynamosql.bench.memory;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.dynamosql.fixture.DynamoDbLocal;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The child JVM of {@link HeapCheck}: reads every item of a table in a small heap, through the
 * driver ({@code SELECT *}, with its default scan segments or with one) or through a hand-written
 * SDK Scan for comparison, and prints one line {@code STREAMED rows=<n> peakHeapBytes=<p>
 * afterGcBytes=<g>}: the highest heap use sampled, and the highest heap left after a collection
 * (what the reading really holds). Arguments: {@code sdk|driver|driver-1-segment <endpoint>
 * <region> <table>}.
 */
public final class StreamingProbe {

  static final String RESULT_PREFIX = "STREAMED ";

  private StreamingProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    URI endpoint = URI.create(args[1]);
    String region = args[2];
    String table = args[3];
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long rows =
        switch (mode) {
          case "sdk" -> sdk(endpoint, table);
          case "driver" -> driver(endpoint, region, table, null);
          case "driver-1-segment" -> driver(endpoint, region, table, "1");
          default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    System.out.println(
        RESULT_PREFIX
            + "rows="
            + rows
            + " peakHeapBytes="
            + sampler.peak()
            + " afterGcBytes="
            + sampler.afterGc());
  }

  /**
   * The highest heap use seen, sampled every millisecond, and the highest heap use right after a
   * garbage collection, from the collectors' notifications.
   */
  private static final class HeapSampler implements Runnable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong afterGc = new AtomicLong();
    private volatile long peak;

    void start() {
      Set<String> heapPools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .map(MemoryPoolMXBean::getName)
              .collect(Collectors.toSet());
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) collector)
            .addNotificationListener(
                (notification, handback) -> {
                  if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                      notification.getType())) {
                    long used =
                        GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData())
                            .getGcInfo()
                            .getMemoryUsageAfterGc()
                            .entrySet()
                            .stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed())
                            .sum();
                    afterGc.accumulateAndGet(used, Math::max);
                  }
                },
                null,
                null);
      }
      Thread sampling = new Thread(this, "heap-sampler");
      sampling.setDaemon(true);
      sampling.start();
    }

    @Override
    public void run() {
      while (true) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long peak() {
      return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    long afterGc() {
      return afterGc.get();
    }
  }

  private static long driver(URI endpoint, String region, String table, String segments)
      throws Exception {
    Properties properties = new Properties();
    properties.setProperty("user", DynamoDbLocal.ACCESS_KEY);
    properties.setProperty("password", DynamoDbLocal.SECRET_KEY);
    if (segments != null) {
      properties.setProperty("scanSegments", segments);
    }
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:dynamosql:endpoint=" + endpoint + ";region=" + region, properties);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
      int columns = rows.getMetaData().getColumnCount();
      long count = 0;
      while (rows.next()) {
        for (int c = 1; c <= columns; c++) {
          rows.getString(c);
        }
        count++;
      }
      return count;
    }
  }

  private static long sdk(URI endpoint, String table) {
    try (DynamoDbClient client = DynamoDbLocal.client(endpoint)) {
      long count = 0;
      for (var item : client.scanPaginator(b -> b.tableName(table)).items()) {
        count += item.isEmpty() ? 0 : 1;
      }
      return count;
    }
  }
}
