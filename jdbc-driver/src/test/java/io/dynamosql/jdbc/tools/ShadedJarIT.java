package io.dynamosql.jdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shaded {@code -all} jar as DBeaver uses it: alone on a class path, next to nothing but the
 * tool. SQLLine runs in its own JVM with only that jar and its own jars, finds the driver through
 * the service file and lists the demo tables and indexes; the jar holds no class outside {@code
 * io.dynamosql}, so it cannot clash with a tool's own AWS SDK, JSqlParser or SLF4J.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class ShadedJarIT {

  private final Path allJar = Path.of(System.getProperty("dynamosql.allJar"));
  private final DemoDynamoDb dynamo;

  ShadedJarIT(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @Test
  void everyClassIsTheDriversOrRelocated() throws IOException {
    try (JarFile jar = new JarFile(allJar.toFile())) {
      List<String> foreign =
          jar.stream()
              .map(JarEntry::getName)
              .filter(name -> name.endsWith(".class"))
              .filter(name -> !name.startsWith("io/dynamosql/"))
              .limit(10)
              .toList();
      assertEquals(List.of(), foreign, "classes outside io.dynamosql");
      assertTrue(
          jar.stream()
              .anyMatch(e -> e.getName().startsWith("io/dynamosql/shaded/software/amazon/")));
      String drivers =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertEquals("io.dynamosql.jdbc.DynamoSqlDriver", drivers.strip());
    }
  }

  @Test
  void sqlLineRunsOnTheAllJarAlone() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dorg.jline.terminal.dumb=true");
    command.add("-cp");
    command.add(allJar + File.pathSeparator + sqlLineClassPath());
    command.addAll(
        List.of(
            "sqlline.SqlLine",
            "-u",
            dynamo.jdbcUrl(),
            "-n",
            "",
            "-p",
            "",
            "--outputFormat=csv",
            "-e",
            "!tables",
            "-e",
            "!indexes orders"));
    Path output = Files.createTempFile("sqlline", ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String printed = Files.readString(output);
    Files.delete(output);
    assertTrue(ended, "SQLLine did not end:\n" + printed);
    assertEquals(0, process.exitValue(), printed);
    for (String table : DemoDataset.TABLES) {
      assertTrue(
          printed.contains("'dynamodb','" + table + "','TABLE'"), table + " in:\n" + printed);
    }
    assertTrue(printed.contains("'status-created_at-index'"), printed);
    assertTrue(printed.contains("'LSI','KEYS_ONLY'"), printed);
  }

  /** SQLLine and its JLine jars from this test's class path (not the driver's own classes). */
  private static String sqlLineClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(
            entry -> {
              String name = Path.of(entry).getFileName().toString();
              // The jline-3.x bundle SchemaCrawler brings would shadow SQLLine's own JLine.
              return name.startsWith("sqlline-")
                  || (name.startsWith("jline-") && !name.matches("jline-\\d.*"));
            })
        .collect(Collectors.joining(File.pathSeparator));
  }
}
