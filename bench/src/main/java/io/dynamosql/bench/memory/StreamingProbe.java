package io.dynamosql.bench.memory;

import io.dynamosql.fixture.DynamoDbLocal;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The child JVM of {@link HeapCheck}: reads every item of a table in a small heap, through the
 * driver ({@code SELECT *}) or through a hand-written SDK Scan for comparison, and prints one line
 * {@code STREAMED rows=<n> peakHeapBytes=<p> maxHeapBytes=<m>}, the peak sampled. Arguments: {@code
 * driver|sdk <endpoint> <region> <table>}.
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
    Thread sampling = new Thread(sampler, "heap-sampler");
    sampling.setDaemon(true);
    sampling.start();
    long rows = mode.equals("driver") ? driver(endpoint, region, table) : sdk(endpoint, table);
    long peak = sampler.peak();
    System.out.println(
        RESULT_PREFIX
            + "rows="
            + rows
            + " peakHeapBytes="
            + peak
            + " maxHeapBytes="
            + Runtime.getRuntime().maxMemory());
  }

  /** The highest heap use seen, sampled every millisecond (the pools' own peaks are per pool). */
  private static final class HeapSampler implements Runnable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile long peak;

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
  }

  private static long driver(URI endpoint, String region, String table) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("user", "local");
    properties.setProperty("password", "local");
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
