package io.dynamosql.bench.load;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.fixture.launch.PayaraMicro;
import io.dynamosql.fixture.launch.Readiness;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The load and soak run (README, "Load and soak"): everything on loopback, bounded in clients and
 * time, exit status 1 when a target is missed.
 */
public final class LoadMain {

  /** Bucket per client for the run: 60 burst, 10 per second refill (README's settings). */
  private static final String RATE_CAPACITY = "60";

  private static final String RATE_PER_MINUTE = "600";

  /** The server JVM's options (the launcher adds the README's JSON-P provider option itself). */
  private static final List<String> SERVER_JVM_OPTIONS = List.of("-Xmx1g");

  private LoadMain() {}

  public static void main(String[] args) throws Exception {
    // HttpURLConnection keeps 5 idle connections per server unless told otherwise: enough for
    // every client of the load to keep its connection between calls, as separate clients would.
    System.setProperty("http.maxConnections", Integer.toString(LoadOptions.MAX_CLIENTS + 20));
    LoadOptions options = LoadOptions.parse(List.of(args));
    int status;
    try {
      status = run(options) ? 0 : 1;
    } catch (RuntimeException e) {
      e.printStackTrace();
      status = 2;
    }
    // DynamoDB Local leaves a non-daemon thread behind.
    System.exit(status);
  }

  private static boolean run(LoadOptions options) throws Exception {
    Files.createDirectories(options.workDir());
    Report report = new Report(options.workDir().resolve("load-report.txt"));
    try (DynamoDbLocal dynamoDb = DynamoDbLocal.start()) {
      try (DynamoDbClient client = dynamoDb.client()) {
        DemoDataset.create().load(client);
      }
      say("DynamoDB Local with the demo dataset on " + dynamoDb.endpoint());
      say("starting Payara Micro with the two WARs ...");
      try (PayaraMicro micro =
          PayaraMicro.start(
              options.microJar(),
              options.earDir(),
              SERVER_JVM_OPTIONS,
              serverEnvironment(dynamoDb, options),
              options.workDir().resolve("payara-micro.log"),
              Duration.ofMinutes(4))) {
        HttpClient http =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Readiness.await(URI.create(micro.base() + "/mcp/health/ready"), Duration.ofMinutes(2));
        say("ready at " + micro.base() + "; creating API clients with the admin command ...");
        try (Connection jdbc = DriverManager.getConnection(dynamoDb.jdbcUrl(), credentials())) {
          return measure(options, report, micro, http, dynamoDb, jdbc);
        }
      }
    } finally {
      report.close();
    }
  }

  private static boolean measure(
      LoadOptions options,
      Report report,
      PayaraMicro micro,
      HttpClient http,
      DynamoDbLocal dynamoDb,
      Connection jdbc)
      throws Exception {
    ApiClients admin = new ApiClients(dynamoDb.endpoint());
    URI endpoint = URI.create(micro.base() + "/mcp");
    URI tokenEndpoint = URI.create(micro.base() + "/token");
    List<McpClient> paced = new ArrayList<>();
    List<McpClient> greedy = new ArrayList<>();
    // An overhead-only run (--seconds 0) needs the paced clients for the warm-up only.
    boolean load = !options.duration().isZero();
    int pacedClients = options.pacedClients();
    int loadClients = load ? options.clients() : options.warmUp().isZero() ? 0 : pacedClients;
    for (int i = 0; i < loadClients; i++) {
      McpClient client =
          new McpClient(
              http, endpoint, new AccessTokens(http, tokenEndpoint, admin.create("load-" + i)));
      (i < pacedClients ? paced : greedy).add(client);
    }
    Map<Operation.RunSql, McpClient> probes = new LinkedHashMap<>();
    Map<Operation.RunSql, ResultRows> expected = new LinkedHashMap<>();
    for (Operation.RunSql query : QueryMix.QUERIES) {
      String id = "load-probe-" + probes.size();
      probes.put(
          query,
          new McpClient(http, endpoint, new AccessTokens(http, tokenEndpoint, admin.create(id))));
      expected.put(query, ResultRows.of(jdbc, query.sql()));
    }
    for (McpClient client : paced) {
      client.ping();
    }
    for (McpClient client : greedy) {
      client.ping();
    }

    LoadRun warmUp = null;
    if (!options.warmUp().isZero()) {
      say(
          "warm-up: "
              + paced.size()
              + " clients at "
              + options.perClientRate()
              + "/s and the probe's queries through JDBC for "
              + options.warmUp().toSeconds()
              + " s ...");
      warmUp = WarmUp.run(paced, options.perClientRate(), options.warmUp(), expected, jdbc);
    }
    say(
        "measuring the MCP overhead against JDBC ("
            + options.warmups()
            + " warm-up rounds, "
            + options.rounds()
            + " measured) ...");
    Jcmd jcmd = new Jcmd(micro.pid());
    OverheadProbe overhead = new OverheadProbe(options.warmups(), options.rounds());
    McpClient pinger =
        new McpClient(
            http, endpoint, new AccessTokens(http, tokenEndpoint, admin.create("load-ping")));
    overhead.measure(
        probes,
        pinger,
        jdbc,
        new ServerCpu(micro.pid()),
        options.profile() ? new FlightRecordings(jcmd, options.workDir()) : null);
    report.header(options, expected);
    boolean met = warmUp == null || report.load("Warm-up", warmUp);
    report.overhead(overhead);
    if (!load) {
      report.line(
          met
              ? "RESULT: overhead only (--seconds 0), no load targets checked"
              : "RESULT: the warm-up had errors (see above)");
      return met;
    }
    ServerHeap heap = new ServerHeap(jcmd);
    double heapBefore = heap.usedAfterGcMib();

    say(
        "load: "
            + paced.size()
            + " clients at "
            + options.perClientRate()
            + "/s and "
            + greedy.size()
            + " greedy clients for "
            + options.duration().toSeconds()
            + " s ...");
    LoadRun loadRun = new LoadRun(expected);
    loadRun.run(paced, greedy, options.perClientRate(), options.duration());
    double heapAfterLoad = heap.usedAfterGcMib();

    met &= report.load("Load", loadRun);
    report.line(
        String.format(
            "server heap after GC: %.1f MiB before the load, %.1f MiB after",
            heapBefore, heapAfterLoad));

    if (!options.soak().isZero()) {
      say("soak: the same mix for " + options.soak().toMinutes() + " min ...");
      LoadRun soak = new LoadRun(expected);
      soak.run(paced, greedy, options.perClientRate(), options.soak());
      double heapAfterSoak = heap.usedAfterGcMib();
      met &= report.load("Soak (" + options.soak().toMinutes() + " min)", soak);
      report.line(
          String.format(
              "soak heap after GC: %.1f MiB before the load, %.1f MiB after the load, %.1f MiB"
                  + " after the soak (%+.1f MiB over the soak)",
              heapBefore, heapAfterLoad, heapAfterSoak, heapAfterSoak - heapAfterLoad));
    }
    report.line(met ? "RESULT: every target met" : "RESULT: a target was missed (see above)");
    return met;
  }

  private static Map<String, String> serverEnvironment(
      DynamoDbLocal dynamoDb, LoadOptions options) {
    Map<String, String> environment = new LinkedHashMap<>(dynamoDb.productEnvironment());
    environment.put("DYNAMOSQL_MCP_RATE_LIMIT_CAPACITY", RATE_CAPACITY);
    environment.put("DYNAMOSQL_MCP_RATE_LIMIT_PER_MINUTE", RATE_PER_MINUTE);
    environment.put(
        "DYNAMOSQL_MCP_AUDIT_FILE",
        options.workDir().resolve("audit.jsonl").toAbsolutePath().toString());
    return environment;
  }

  private static Properties credentials() {
    Properties properties = new Properties();
    properties.setProperty("user", DynamoDbLocal.ACCESS_KEY);
    properties.setProperty("password", DynamoDbLocal.SECRET_KEY);
    return properties;
  }

  static void say(String line) {
    System.out.println("[load] " + line);
    System.out.flush();
  }
}
