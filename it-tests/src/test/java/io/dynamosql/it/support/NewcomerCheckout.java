package io.dynamosql.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A fresh copy of the repository's sources, as a newcomer's clone would be: no build output, no IDE
 * files, so that a command run in it builds everything it needs (and cannot disturb the build that
 * runs the tests).
 */
public final class NewcomerCheckout {

  private static final Set<String> NOT_SOURCES = Set.of("target", ".git", "node_modules", ".idea");

  private NewcomerCheckout() {}

  /** Copies {@code repository} to a new {@code directory} (deleted first) and returns it. */
  public static Path copy(Path repository, Path directory) {
    try {
      delete(directory);
      Files.walkFileTree(
          repository,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path source, BasicFileAttributes attributes)
                throws IOException {
              if (NOT_SOURCES.contains(source.getFileName().toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Files.createDirectories(directory.resolve(repository.relativize(source).toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path source, BasicFileAttributes attributes)
                throws IOException {
              if (NOT_SOURCES.contains(source.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
              }
              Files.copy(source, directory.resolve(repository.relativize(source).toString()));
              return FileVisitResult.CONTINUE;
            }
          });
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + repository + " to " + directory, e);
    }
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
