package io.dynamosql.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a program prints, as a person watching the terminal would read it: every line is kept (and
 * copied to a log file for the build's records) and a test can wait for a line to appear.
 */
public final class ConsoleTranscript {

  private final List<String> lines = new ArrayList<>();
  private boolean ended;

  private ConsoleTranscript() {}

  /** Starts reading {@code output} on a daemon thread, copying it to {@code log}. */
  public static ConsoleTranscript follow(InputStream output, Path log) {
    ConsoleTranscript transcript = new ConsoleTranscript();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                      new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
                  PrintWriter copy =
                      new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  copy.println(line);
                  transcript.add(line);
                }
              } catch (IOException e) {
                transcript.add("(output unreadable: " + e + ")");
              } finally {
                transcript.end();
              }
            },
            "console-transcript");
    reader.setDaemon(true);
    reader.start();
    return transcript;
  }

  /**
   * Waits until a line contains {@code text} and returns it.
   *
   * @throws AssertionError with the transcript when the program ends or time runs out first
   */
  public synchronized String await(String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<String> line = find(text);
      if (line.isPresent()) {
        return line.get();
      }
      long left = deadline - System.nanoTime();
      if (ended || left <= 0) {
        throw new AssertionError(
            "no line with '"
                + text
                + "' after "
                + timeout
                + (ended ? " (program ended)" : "")
                + ":\n"
                + tail());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The text after {@code prefix} on the first line that contains it, trimmed. */
  public synchronized String valueAfter(String prefix) {
    String line =
        find(prefix).orElseThrow(() -> new AssertionError("no '" + prefix + "' in:\n" + tail()));
    return line.substring(line.indexOf(prefix) + prefix.length()).trim();
  }

  public synchronized boolean contains(String text) {
    return find(text).isPresent();
  }

  /** The last lines, for failure messages. */
  public synchronized String tail() {
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private Optional<String> find(String text) {
    return lines.stream().filter(line -> line.contains(text)).findFirst();
  }

  private synchronized void add(String line) {
    lines.add(line);
    notifyAll();
  }

  private synchronized void end() {
    ended = true;
    notifyAll();
  }
}
