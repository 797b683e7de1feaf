package io.dynamosql.bench;

import io.dynamosql.fixture.LocalDynamoDbMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * DynamoDB Local with the demo dataset and the large table, in its own JVM (the fixture's {@link
 * LocalDynamoDbMain}): the server's garbage collection and JIT then do not land on the clients'
 * measured time, as with a real, remote DynamoDB. Both still share the machine's cores.
 */
final class LocalServer implements AutoCloseable {

  private static final String READY = "DynamoDB Local ready at ";

  private final Process process;
  private final URI endpoint;

  private LocalServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Starts the server on a free port and waits until every item is loaded. */
  static LocalServer start(int largeItems) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx2g",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    LocalDynamoDbMain.class.getName(),
                    "0",
                    "--large",
                    Integer.toString(largeItems)))
            .redirectErrorStream(true)
            .start();
    CompletableFuture<URI> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  if (line.startsWith(READY)) {
                    ready.complete(URI.create(line.substring(READY.length()).strip()));
                  }
                }
                ready.completeExceptionally(new IOException("DynamoDB Local exited before ready"));
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
            },
            "dynamodb-local-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new LocalServer(process, ready.get(10, TimeUnit.MINUTES));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("DynamoDB Local did not get ready: " + e.getMessage(), e);
    }
  }

  URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
