package io.dynamosql.oauth;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes this authorization server grants, each with the plain words the consent page shows.
 */
public enum Scope {
  QUERY("query", "Run read-only SQL queries and read the rows of your DynamoDB tables"),
  SCHEMAS_READ("schemas:read", "See the names and columns of your tables");

  private final String value;
  private final String description;

  Scope(String value, String description) {
    this.value = value;
    this.description = description;
  }

  /** The scope token as it appears on the wire. */
  public String value() {
    return value;
  }

  /** What granting the scope allows, in words a person understands. */
  public String description() {
    return description;
  }

  public static Optional<Scope> fromValue(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }

  /** Every scope value, in declaration order, for metadata documents. */
  public static List<String> allValues() {
    return Arrays.stream(values()).map(Scope::value).toList();
  }

  /**
   * Parses a space-separated scope string (RFC 6749 §3.3).
   *
   * @return empty when any token is unknown
   */
  public static Optional<Set<Scope>> parse(String scope) {
    Set<Scope> result = EnumSet.noneOf(Scope.class);
    for (String token : scope.trim().split(" +")) {
      if (token.isEmpty()) {
        continue;
      }
      Optional<Scope> known = fromValue(token);
      if (known.isEmpty()) {
        return Optional.empty();
      }
      result.add(known.get());
    }
    return Optional.of(result);
  }

  /** The space-separated form, in declaration order. */
  public static String format(Collection<Scope> scopes) {
    return scopes.stream().distinct().sorted().map(Scope::value).collect(Collectors.joining(" "));
  }
}
