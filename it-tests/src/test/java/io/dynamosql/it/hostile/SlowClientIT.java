package io.dynamosql.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import io.dynamosql.it.support.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slow-loris on the MCP endpoint and {@code /v1/query}: clients that announce a body and trickle it
 * a byte a second, more of them than Payara Server's default {@code http-thread-pool} has request
 * workers. The webapp reads bodies with Servlet non-blocking I/O, so a normal client is answered
 * meanwhile, and every trickler gets 408 with {@code Connection: close} once the whole-body
 * deadline ({@code dynamosql.mcp.body-timeout-seconds}, default 10 s) has passed (or is
 * disconnected).
 */
class SlowClientIT extends DeployedProductTest {

  private static final int TRICKLERS = 24;
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  /** Scheduling slack on a shared build machine, far below the 30 s the defect used to cost. */
  private static final Duration SLACK = Duration.ofSeconds(5);

  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService readers = Executors.newCachedThreadPool();

  @AfterEach
  void closeEverything() throws IOException {
    drip.shutdownNow();
    readers.shutdownNow();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  @Test
  void tricklersGet408AfterTheDeadlineAndOthersAreAnsweredMeanwhile() throws Exception {
    // A first request pays the deployment's cold start, which is not what this test measures.
    assertEquals(200, new McpWire().postAs(TestTokens.fullAccess(), McpWire.PING).statusCode());
    List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < TRICKLERS; i++) {
      // Half announce their length, half send chunks; half go to MCP, half to the REST API.
      String path = i % 2 == 0 ? McpWire.endpoint().getPath() : "/mcp/v1/query";
      outcomes.add(trickle(path, TestTokens.fullAccess(), i % 4 < 2));
    }
    // Long enough for the container to hand every trickling request to a worker.
    Thread.sleep(3_000);

    long start = System.nanoTime();
    var answer = new McpWire().postAs(TestTokens.fullAccess(), McpWire.PING);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(took.compareTo(SLACK) < 0, "a normal client waited " + took);
    // Answered while every trickler was still connected, not after they were let go.
    assertTrue(outcomes.stream().noneMatch(CompletableFuture::isDone), "a trickler was answered");

    for (CompletableFuture<Outcome> outcome : outcomes) {
      Outcome got = outcome.get(DEADLINE.plus(SLACK).toSeconds(), TimeUnit.SECONDS);
      assertTrue(
          got.after().compareTo(DEADLINE.minusSeconds(1)) >= 0,
          "refused before the deadline: " + got);
      assertTrue(got.after().compareTo(DEADLINE.plus(SLACK)) < 0, "held too long: " + got);
      if (got.head() != null) {
        assertTrue(got.head().startsWith("HTTP/1.1 408 "), got.head());
        assertTrue(
            got.head().toLowerCase(Locale.ROOT).contains("\r\nconnection: close"), got.head());
      }
    }
  }

  /** A trickler without a token is refused at once: nothing is buffered for strangers. */
  @Test
  void aTricklerWithoutATokenIsRefusedAtOnce() throws Exception {
    Outcome got =
        trickle(McpWire.endpoint().getPath(), null, true).get(SLACK.toSeconds(), TimeUnit.SECONDS);
    assertTrue(got.head() != null && got.head().startsWith("HTTP/1.1 401 "), got.toString());
    assertTrue(got.head().toLowerCase(Locale.ROOT).contains("\r\nconnection: close"), got.head());
    assertFalse(got.head().contains("Exception"), got.head());
  }

  /**
   * How a trickler ended: the head of the answer it got (null when the server reset the connection
   * before the answer could be read) and when, counted from its first byte.
   */
  record Outcome(String head, Duration after) {}

  /**
   * Opens a connection, sends the head of a POST ({@code token} null for none) and the body's first
   * byte, then one more byte a second until an answer arrives; the future completes with the head
   * of the answer.
   */
  private CompletableFuture<Outcome> trickle(String path, String token, boolean announced)
      throws IOException {
    URI base = ProductHttp.baseUri();
    Socket socket = new Socket(base.getHost(), base.getPort());
    sockets.add(socket);
    socket.setSoTimeout((int) DEADLINE.plus(SLACK).plus(SLACK).toMillis());
    long start = System.nanoTime();
    OutputStream out = socket.getOutputStream();
    out.write(head(base, path, token, announced).getBytes(StandardCharsets.US_ASCII));
    out.flush();
    AtomicBoolean answered = new AtomicBoolean();
    drip.scheduleAtFixedRate(
        () -> {
          if (!answered.get()) {
            oneByte(out, announced);
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
    return CompletableFuture.supplyAsync(
        () -> {
          String head = answerHead(socket, answered);
          return new Outcome(head, Duration.ofNanos(System.nanoTime() - start));
        },
        readers);
  }

  private static String head(URI base, String path, String token, boolean announced) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: "
        + base.getHost()
        + ":"
        + base.getPort()
        + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
        + (announced
            ? "Content-Length: 100000\r\n\r\n{"
            : "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n");
  }

  private static void oneByte(OutputStream out, boolean announced) {
    try {
      out.write(announced ? " ".getBytes(StandardCharsets.US_ASCII) : "1\r\n \r\n".getBytes());
      out.flush();
    } catch (IOException closedByTheServer) {
      // The reader sees how the server ended the connection.
    }
  }

  /**
   * The head of the server's answer, read as soon as it arrives; null when the connection was reset
   * or closed before any answer. Fails when the server neither answers nor lets go in time. (Payara
   * keeps the connection open after the answer until the announced body is over, but no worker
   * waits on it.)
   */
  private static String answerHead(Socket socket, AtomicBoolean answered) {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    try {
      InputStream in = socket.getInputStream();
      int b;
      while ((b = in.read()) >= 0) {
        answered.set(true);
        received.write(b);
        String head = received.toString(StandardCharsets.ISO_8859_1);
        if (head.endsWith("\r\n\r\n")) {
          return head;
        }
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server neither answered nor closed the connection", e);
    } catch (SocketException reset) {
      // Reset before an answer: the client was let go.
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return received.size() == 0 ? null : received.toString(StandardCharsets.ISO_8859_1);
  }
}
