package io.dynamosql.bench;

import io.dynamosql.bench.access.ItemRows;
import io.dynamosql.bench.access.LookupJoin;
import io.dynamosql.bench.access.PartiqlAccess;
import io.dynamosql.bench.access.SdkReads;
import io.dynamosql.bench.measure.Contender;
import io.dynamosql.bench.report.Target;
import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.fixture.LargeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The benchmark's reads and its targets (issue 3): a key lookup, a 1k-row Query on one partition, a
 * full Scan of the large table (parallel and in one segment), an index Query and a lookup join on
 * the demo dataset. The minimum items of each come from the fixture's own data.
 */
final class Workloads {

  static final String SDK = "sdk";
  static final String DRIVER = "driver";
  static final String DRIVER_STATEMENT = "driver Statement";
  static final String PARTIQL = "partiql";
  static final String SDK_CAPACITY = "sdk + capacity";
  static final String SDK_ONE = "sdk 1 segment";
  static final String DRIVER_ONE = "driver 1 segment";

  static final String GET_ITEM = "GetItem by key";
  static final String QUERY = "Query, one partition";
  static final String SCAN = "Scan, whole table";
  static final String INDEX_QUERY = "Query on a GSI";
  static final String LOOKUP_JOIN = "Lookup join";

  private static final String ORDER_STATUS = "shipped";
  private static final String QUERY_DEVICE = LargeTable.deviceId(7);

  private final DriverSide driver;
  private final SdkReads sdk;
  private final DynamoDbClient client;
  private final int items;
  private final int segments;

  Workloads(DriverSide driver, SdkReads sdk, DynamoDbClient client, int items, int segments) {
    this.driver = driver;
    this.sdk = sdk;
    this.client = client;
    this.items = items;
    this.segments = segments;
  }

  List<Workload> all() {
    return List.of(getItem(), query(), scan(), indexQuery(), lookupJoin());
  }

  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (String workload : List.of(GET_ITEM, QUERY, SCAN)) {
      targets.add(new Target.RatioAtMost(workload, DRIVER, SDK, 1.10));
    }
    targets.add(new Target.RatioAtMost(SCAN, DRIVER_ONE, SDK_ONE, 1.10));
    targets.add(new Target.SpeedupAtLeast(SCAN, DRIVER_ONE, DRIVER, 1.7));
    targets.add(new Target.SpeedupAtLeast(SCAN, SDK_ONE, SDK, 1.7));
    for (Workload workload : all()) {
      targets.add(new Target.SameRows(workload.name(), DRIVER, SDK));
      if (workload.contenders().stream().anyMatch(c -> c.label().equals(PARTIQL))) {
        targets.add(new Target.ReadsNoMoreThanPartiql(workload.name(), DRIVER, PARTIQL));
      }
    }
    for (Workload workload : List.of(getItem(), query(), indexQuery(), lookupJoin())) {
      targets.add(new Target.ReadsMinimum(workload.name(), DRIVER, workload.minimumItems()));
    }
    List<String> names = all().stream().map(Workload::name).toList();
    targets.add(new Target.OnlyReadOperations(names, DRIVER));
    targets.add(new Target.OnlyReadOperations(names, DRIVER_ONE));
    return targets;
  }

  private Workload getItem() {
    int i = items / 2 + 42;
    String device = LargeTable.deviceId(i);
    String sql = "SELECT * FROM events WHERE device_id = ? AND seq = ?";
    String literal = "SELECT * FROM events WHERE device_id = '" + device + "' AND seq = " + i;
    List<String> keys = List.of("device_id", "seq");
    ItemRows rows = new ItemRows(keys);
    return new Workload(
        GET_ITEM,
        sql,
        1,
        200,
        false,
        List.of(
            Contender.baseline(
                SDK,
                sdk.getItem(
                    LargeTable.NAME,
                    Map.of(
                        "device_id",
                        AttributeValue.fromS(device),
                        "seq",
                        AttributeValue.fromN(Integer.toString(i))),
                    rows)),
            Contender.against(SDK, DRIVER, driver.prepared(sql, List.of(device, i), keys)),
            Contender.against(SDK, DRIVER_STATEMENT, driver.plain(literal, keys)),
            Contender.against(
                SDK,
                PARTIQL,
                new PartiqlAccess(
                    client,
                    "SELECT * FROM \"events\" WHERE \"device_id\" = ? AND \"seq\" = ?",
                    List.of(
                        AttributeValue.fromS(device), AttributeValue.fromN(Integer.toString(i))),
                    rows))));
  }

  private Workload query() {
    String sql = "SELECT * FROM events WHERE device_id = ?";
    List<String> keys = List.of("device_id", "seq");
    ItemRows rows = new ItemRows(keys);
    long partition = (items - 7 + LargeTable.DEVICES - 1) / LargeTable.DEVICES;
    AttributeValue device = AttributeValue.fromS(QUERY_DEVICE);
    return new Workload(
        QUERY,
        sql,
        partition,
        10,
        false,
        List.of(
            Contender.baseline(SDK, sdk.query(LargeTable.NAME, null, "device_id", device, rows)),
            Contender.against(SDK, DRIVER, driver.prepared(sql, List.of(QUERY_DEVICE), keys)),
            Contender.against(
                SDK,
                SDK_CAPACITY,
                sdk.queryReturningCapacity(LargeTable.NAME, "device_id", device, rows)),
            Contender.against(
                SDK,
                PARTIQL,
                new PartiqlAccess(
                    client,
                    "SELECT * FROM \"events\" WHERE \"device_id\" = ?",
                    List.of(device),
                    rows))));
  }

  private Workload scan() {
    String sql = "SELECT * FROM events";
    List<String> keys = List.of("device_id", "seq");
    ItemRows rows = new ItemRows(keys);
    return new Workload(
        SCAN,
        sql,
        items,
        1,
        true,
        List.of(
            Contender.baseline(SDK, sdk.scan(LargeTable.NAME, segments, rows)),
            Contender.against(SDK, DRIVER, driver.prepared(sql, List.of(), keys)),
            Contender.against(
                SDK,
                PARTIQL,
                new PartiqlAccess(client, "SELECT * FROM \"events\"", List.of(), rows)),
            Contender.baseline(SDK_ONE, sdk.scan(LargeTable.NAME, 1, rows)),
            Contender.against(SDK_ONE, DRIVER_ONE, driver.oneSegment(sql, keys))));
  }

  private Workload indexQuery() {
    String sql = "SELECT * FROM orders WHERE status = ?";
    List<String> keys = List.of("customer_id", "order_id");
    ItemRows rows = new ItemRows(keys);
    AttributeValue status = AttributeValue.fromS(ORDER_STATUS);
    return new Workload(
        INDEX_QUERY,
        sql,
        shippedOrders().size(),
        50,
        false,
        List.of(
            Contender.baseline(
                SDK,
                sdk.query(DemoDataset.ORDERS, "status-created_at-index", "status", status, rows)),
            Contender.against(SDK, DRIVER, driver.prepared(sql, List.of(ORDER_STATUS), keys)),
            Contender.against(
                SDK,
                PARTIQL,
                new PartiqlAccess(
                    client,
                    "SELECT * FROM \"orders\".\"status-created_at-index\" WHERE \"status\" = ?",
                    List.of(status),
                    rows))));
  }

  /** PartiQL has no joins: the join has no PartiQL contender. */
  private Workload lookupJoin() {
    String sql =
        "SELECT o.order_id, o.total, c.name FROM orders o"
            + " JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = ?";
    List<String> keys = List.of("order_id");
    List<Map<String, AttributeValue>> outer = shippedOrders();
    Set<String> customers =
        outer.stream().map(o -> o.get("customer_id").s()).collect(Collectors.toSet());
    return new Workload(
        LOOKUP_JOIN,
        sql,
        outer.size() + customers.size(),
        50,
        false,
        List.of(
            Contender.baseline(
                SDK,
                sdk.lookupJoin(
                    new LookupJoin(
                        DemoDataset.ORDERS,
                        "status-created_at-index",
                        "status",
                        AttributeValue.fromS(ORDER_STATUS),
                        List.of("order_id", "total", "customer_id"),
                        "customer_id",
                        DemoDataset.CUSTOMERS,
                        List.of("customer_id", "name")),
                    new ItemRows(keys))),
            Contender.against(SDK, DRIVER, driver.prepared(sql, List.of(ORDER_STATUS), keys))));
  }

  private static List<Map<String, AttributeValue>> shippedOrders() {
    return DemoDataset.create().items(DemoDataset.ORDERS).stream()
        .filter(o -> ORDER_STATUS.equals(o.get("status").s()))
        .toList();
  }
}
