package io.dynamosql.jdbc.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The driver's read-only promise, checked in its sources: only the DynamoDB-access package uses the
 * AWS SDK, and nothing in it names an SDK operation that writes, changes tables, runs PartiQL or
 * transactions, not even in a comment.
 */
class ReadOnlyByConstructionTest {

  private static final Path MAIN = Path.of("src", "main", "java", "io", "dynamosql", "jdbc");

  private static final Pattern WRITE_OPERATIONS =
      Pattern.compile(
          "(?i)(put|update|delete|batchWrite)Item|Transact\\w*|(batch)?ExecuteStatement"
              + "|ExecuteTransaction|(create|delete|update|restore)Table\\w*|(create|update)GlobalTable"
              + "|UpdateTimeToLive|(create|delete)Backup|ImportTable|ExportTableToPointInTime");

  @Test
  void onlyTheDynamoPackageUsesTheAwsSdk() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<String> users =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.startsWith(MAIN.resolve("dynamo")))
              .filter(f -> read(f).contains("software.amazon"))
              .map(Path::toString)
              .toList();
      assertEquals(List.of(), users, "AWS SDK users outside io.dynamosql.jdbc.dynamo");
    }
  }

  @Test
  void theDynamoPackageNamesNoWriteOperation() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve("dynamo"))) {
      List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
      assertTrue(sources.size() > 5, "the package's sources are where this test looks");
      for (Path source : sources) {
        Matcher found = WRITE_OPERATIONS.matcher(read(source));
        if (found.find()) {
          fail(source + " names " + found.group());
        }
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
