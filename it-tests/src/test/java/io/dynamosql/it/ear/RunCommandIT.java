package io.dynamosql.it.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynamosql.it.support.ConsoleTranscript;
import io.dynamosql.it.support.NewcomerCheckout;
import io.dynamosql.it.support.ProductHttp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The README's run command, run as a newcomer would: in a fresh copy of the sources, from a shell
 * with nothing DynamoSQL-specific set, then stopped with Ctrl-C. Only the ports are changed (and
 * Maven runs offline on the build's own local repository, which holds everything by now).
 */
class RunCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BUILD_AND_START = Duration.ofMinutes(12);

  private final ProductHttp http = new ProductHttp();

  @Test
  void readmeCommandServesAnAuthorizedMcpCallAndCtrlCStopsEverything() throws Exception {
    Path repository = Path.of(System.getProperty("it.repo.dir"));
    Path work = Path.of(System.getProperty("it.work.dir"));
    Path checkout = NewcomerCheckout.copy(repository, work.resolve("newcomer"));
    int httpPort = freePort();
    int dynamoDbPort = freePort();

    List<String> command = new ArrayList<>(List.of("setsid"));
    command.addAll(readmeRunCommand(checkout.resolve("README.md")));
    command.set(1, Path.of(System.getProperty("it.maven.home"), "bin", "mvn").toString());
    command.addAll(
        List.of(
            "-o",
            "-Dmaven.repo.local=" + System.getProperty("it.maven.repo.local"),
            "-Drun.http.port=" + httpPort,
            "-Drun.dynamodb.port=" + dynamoDbPort));
    // setsid: its own process group, which gets the SIGINT as a terminal's Ctrl-C would.
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true);
    Map<String, String> shell = builder.environment();
    shell.keySet().removeIf(name -> !List.of("PATH", "HOME", "LANG", "USER").contains(name));
    shell.put("JAVA_HOME", System.getProperty("java.home"));
    Process run = builder.start();
    ConsoleTranscript console =
        ConsoleTranscript.follow(run.getInputStream(), work.resolve("newcomer-run.log"));
    try {
      console.await("Press Ctrl-C", BUILD_AND_START);
      String mcpUrl = console.valueAfter("MCP URL:");
      assertEquals("http://127.0.0.1:" + httpPort + "/mcp", mcpUrl);

      String token =
          clientCredentialsToken(
              URI.create("http://127.0.0.1:" + httpPort + "/token"),
              console.valueAfter("client_id="),
              console.valueAfter("client_secret="));
      assertEquals(
          List.of("describe_table", "list_tables", "run_sql"),
          toolNames(URI.create(mcpUrl), token));
    } finally {
      signalGroup(run, "-INT");
    }
    boolean stopped = run.waitFor(3, TimeUnit.MINUTES);
    if (!stopped) {
      signalGroup(run, "-KILL");
    }

    assertTrue(stopped, "still running 3 minutes after Ctrl-C:\n" + console.tail());
    console.await("[dynamosql] Stopped.", Duration.ofSeconds(10));
    assertFree(httpPort);
    assertFree(dynamoDbPort);
    assertEquals(List.of(), processesUnder(checkout), "processes left running");
  }

  /** The first fenced command line of the README that starts with mvn and runs the profile. */
  private static List<String> readmeRunCommand(Path readme) throws IOException {
    String line =
        Files.readAllLines(readme, StandardCharsets.UTF_8).stream()
            .map(String::trim)
            .filter(l -> l.startsWith("mvn ") && l.contains("-Prun") && !l.contains("aws"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("README.md has no 'mvn ... -Prun' line"));
    return List.of(line.split("\\s+"));
  }

  private String clientCredentialsToken(URI tokenEndpoint, String clientId, String secret)
      throws IOException {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(tokenEndpoint)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private List<String> toolNames(URI mcp, String token) throws IOException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(mcp)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-06-18")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{}}")));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode tools = JSON.readTree(response.body()).path("result").path("tools");
    return StreamSupport.stream(tools.spliterator(), false)
        .map(tool -> tool.path("name").asText())
        .sorted()
        .toList();
  }

  /** A signal to the whole process group: -INT is what the terminal sends on Ctrl-C. */
  private static void signalGroup(Process run, String signal)
      throws IOException, InterruptedException {
    if (run.isAlive()) {
      new ProcessBuilder("kill", signal, "--", "-" + run.pid()).inheritIO().start().waitFor();
    }
  }

  private static List<String> processesUnder(Path checkout) {
    String path = checkout.toAbsolutePath().toString();
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(line -> line.contains(path)).orElse(false))
        .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
        .toList();
  }

  private static void assertFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", port));
    } catch (IOException e) {
      throw new AssertionError("port " + port + " is still in use after Ctrl-C", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
