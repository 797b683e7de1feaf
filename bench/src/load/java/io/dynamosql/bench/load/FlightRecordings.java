package io.dynamosql.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * JFR recordings of both sides of the overhead probe with the JDK's {@code profile} settings: the
 * server's through {@code jcmd JFR.start}, the harness's (HTTP client, driver, DynamoDB Local)
 * in-process. Read them with {@code jfr print --events jdk.ExecutionSample} or JDK Mission Control.
 */
final class FlightRecordings {

  private static final String NAME = "overhead";

  private final Jcmd server;
  private final Path serverFile;
  private final Path harnessFile;
  private Recording harness;

  FlightRecordings(Jcmd server, Path directory) {
    this.server = server;
    this.serverFile = directory.resolve("overhead-server.jfr").toAbsolutePath();
    this.harnessFile = directory.resolve("overhead-harness.jfr").toAbsolutePath();
  }

  void start() throws IOException, InterruptedException {
    server.run("JFR.start", "name=" + NAME, "settings=profile");
    try {
      harness = new Recording(Configuration.getConfiguration("profile"));
    } catch (ParseException e) {
      throw new IllegalStateException("the JDK's profile settings do not parse", e);
    }
    harness.start();
  }

  /** Stops both and says where they are. */
  String stop() throws IOException, InterruptedException {
    server.run("JFR.stop", "name=" + NAME, "filename=" + serverFile);
    harness.stop();
    harness.dump(harnessFile);
    harness.close();
    return "JFR: server " + serverFile + ", harness " + harnessFile;
  }
}
