package io.dynamosql.jdbc.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of path columns. A path column is named by its attribute path joined with dots; the first
 * element is the top-level attribute name as it is, every deeper element that is not a plain
 * identifier ({@code [A-Za-z_][A-Za-z0-9_]*}) is double-quoted, with inner quotes doubled: {@code
 * address.city}, {@code address.geo.lat}, {@code attributes."release-date"}, {@code meta."a.b"}. A
 * top-level attribute is always named exactly as in DynamoDB, dots and all ({@code
 * loyalty.points}).
 */
public final class AttributePaths {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private AttributePaths() {}

  /** The column name of an attribute path (one element per level). */
  public static String columnName(List<String> path) {
    StringBuilder name = new StringBuilder(path.get(0));
    for (String element : path.subList(1, path.size())) {
      name.append('.');
      if (PLAIN.matcher(element).matches()) {
        name.append(element);
      } else {
        name.append('"').append(element.replace("\"", "\"\"")).append('"');
      }
    }
    return name.toString();
  }
}
