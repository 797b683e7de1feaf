package io.dynamosql.jdbc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's property table is the enum's: every property, in enum order, with its default and
 * description. When a property changes, the failure message holds the table to paste.
 */
class ReadmePropertiesTest {

  private static final String START = "<!-- properties:start";
  private static final String END = "<!-- properties:end -->";

  @Test
  void readmeListsEveryPropertyAsTheEnumDescribesIt() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "the README has no properties block");
    String block = readme.substring(readme.indexOf('\n', start) + 1, end);
    assertEquals(table(), block, "README.md's property table (paste the expected text)");
  }

  private static String table() {
    StringBuilder table = new StringBuilder("| property | default | meaning |\n|---|---|---|\n");
    for (ConnectionProperty property : ConnectionProperty.values()) {
      table
          .append("| `")
          .append(property.key())
          .append("` | ")
          .append(property.defaultValue().map(d -> "`" + d + "`").orElse("(none)"))
          .append(" | ")
          .append(markdown(property.description()))
          .append(" |\n");
    }
    return table.toString();
  }

  /** Markdown would take {@code <name>} for an HTML tag and {@code |} for a cell border. */
  private static String markdown(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }
}
