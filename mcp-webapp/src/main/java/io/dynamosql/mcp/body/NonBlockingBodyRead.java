package io.dynamosql.mcp.body;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One request body read with Servlet non-blocking I/O: the container calls {@link
 * #onDataAvailable()} when bytes arrive, so no thread waits in between. It ends in exactly one of
 * three ways: the whole body (or the proof that it is too large) is handed to the resources by an
 * ASYNC dispatch of the same request; the deadline passes first and the client gets 408 with {@code
 * Connection: close}; or the read fails and the client, if still there, gets 400.
 */
final class NonBlockingBodyRead implements ReadListener {

  private final AsyncContext async;
  private final ServletInputStream input;
  private final int limit;
  private final Duration timeout;
  private final ByteArrayOutputStream bytes;
  private final byte[] chunk = new byte[8192];

  /** Guarded by {@code this}: set once by whichever outcome comes first. */
  private boolean settled;

  private volatile ScheduledFuture<?> deadline;

  private NonBlockingBodyRead(
      AsyncContext async, ServletInputStream input, int limit, Duration timeout, int expected) {
    this.async = async;
    this.input = input;
    this.limit = limit;
    this.timeout = timeout;
    this.bytes = new ByteArrayOutputStream(expected);
  }

  static void start(
      HttpServletRequest request, int limit, Duration timeout, ScheduledExecutorService deadlines)
      throws IOException {
    AsyncContext async = request.startAsync();
    // The deadline below bounds the read. The container's own async timeout is switched off: were
    // it to run on over the dispatched request, it would cut long queries short.
    async.setTimeout(0);
    long length = request.getContentLengthLong();
    NonBlockingBodyRead read =
        new NonBlockingBodyRead(
            async,
            request.getInputStream(),
            limit,
            timeout,
            length < 0 ? 8192 : (int) Math.min(length, limit));
    read.input.setReadListener(read);
    read.deadline =
        deadlines.schedule(read::deadlinePassed, timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (read.isSettled()) {
      read.deadline.cancel(false);
    }
  }

  @Override
  public void onDataAvailable() throws IOException {
    readWhatIsThere(false);
  }

  @Override
  public void onAllDataRead() throws IOException {
    // Payara announces the end while its last bytes may still wait in its buffer: take them too.
    readWhatIsThere(true);
  }

  /**
   * Reads what can be read without blocking, and hands the body over once it has ended (or passed
   * the limit, which only a body without a Content-Length can: a longer announced one is refused
   * unread).
   */
  private void readWhatIsThere(boolean ended) throws IOException {
    RequestBody body;
    synchronized (this) {
      if (settled) {
        return;
      }
      boolean complete = ended;
      // At the end, isReady() would register another read handler with Payara (which refuses it);
      // what is left can be read without blocking.
      while (bytes.size() <= limit && (ended ? input.available() > 0 : input.isReady())) {
        int n = input.read(chunk);
        if (n < 0) {
          complete = true;
          break;
        }
        bytes.write(chunk, 0, n);
      }
      if (!complete && bytes.size() <= limit) {
        return;
      }
      settled = true;
      body = RequestBody.of(bytes.toByteArray(), limit);
    }
    if (body instanceof RequestBody.TooLarge) {
      BodyFilter.leaveUnread(
          (HttpServletRequest) async.getRequest(), (HttpServletResponse) async.getResponse());
    }
    handOver(body);
  }

  @Override
  public void onError(Throwable failure) {
    // Mostly a client that went away; one still there learns that its body could not be read.
    if (settle()) {
      cancelDeadline();
      refuse(
          HttpServletResponse.SC_BAD_REQUEST,
          "unreadable_body",
          "The request body could not be read");
    }
  }

  private void handOver(RequestBody body) {
    cancelDeadline();
    async.getRequest().setAttribute(RequestBody.ATTRIBUTE, body);
    async.dispatch();
  }

  /** Runs on the scheduler's thread: the client took too long, so it is answered and let go. */
  private void deadlinePassed() {
    if (settle()) {
      refuse(
          HttpServletResponse.SC_REQUEST_TIMEOUT,
          "request_timeout",
          "The request body did not arrive within " + timeout.toSeconds() + " s");
    }
  }

  /** Answers without the resources, closes the connection and completes the request. */
  private void refuse(int status, String error, String description) {
    HttpServletResponse response = (HttpServletResponse) async.getResponse();
    byte[] answer =
        ("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    try {
      response.setStatus(status);
      BodyFilter.leaveUnread((HttpServletRequest) async.getRequest(), response);
      response.setContentType("application/json");
      response.setContentLength(answer.length);
      try (OutputStream out = response.getOutputStream()) {
        out.write(answer);
      }
    } catch (IOException | IllegalStateException clientGone) {
      // Nothing more to tell a client whose connection failed; completing releases the request.
    } finally {
      async.complete();
    }
  }

  private synchronized boolean settle() {
    if (settled) {
      return false;
    }
    settled = true;
    return true;
  }

  private synchronized boolean isSettled() {
    return settled;
  }

  private void cancelDeadline() {
    ScheduledFuture<?> pending = deadline;
    if (pending != null) {
      pending.cancel(false);
    }
  }
}
