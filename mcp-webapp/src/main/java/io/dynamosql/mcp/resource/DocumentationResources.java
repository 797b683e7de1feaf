package io.dynamosql.mcp.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository's documentation pages as resources. The build copies {@code docs/sql-reference.md}
 * and {@code docs/limitations.md} into the WAR, so the resources are the same files as the docs.
 */
public final class DocumentationResources {

  private DocumentationResources() {}

  private record Page(String file, String name, String title, String description) {}

  private static final List<Page> PAGES =
      List.of(
          new Page(
              "sql-reference.md",
              "sql-reference",
              "SQL reference",
              "The SQL dialect: statements, expressions, functions, types and how queries map to"
                  + " DynamoDB reads."),
          new Page(
              "limitations.md",
              "limitations",
              "Limitations",
              "What DynamoSQL does not do, and the limits it enforces."));

  /** The pages packaged with this build. */
  public static List<StaticResource> load() {
    List<StaticResource> resources = new ArrayList<>();
    for (Page page : PAGES) {
      try (InputStream in =
          DocumentationResources.class.getResourceAsStream("docs/" + page.file())) {
        if (in != null) {
          resources.add(
              new StaticResource(
                  "dynamosql://docs/" + page.name(),
                  page.name(),
                  page.title(),
                  page.description(),
                  "text/markdown",
                  new String(in.readAllBytes(), StandardCharsets.UTF_8),
                  null));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the packaged page " + page.file(), e);
      }
    }
    return resources;
  }
}
