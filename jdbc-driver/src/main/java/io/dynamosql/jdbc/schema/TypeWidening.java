package io.dynamosql.jdbc.schema;

import io.dynamosql.jdbc.type.SqlType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The widening rules of {@code shared/design/sql.md}: the SQL type of an attribute from the
 * DynamoDB types seen in the sampled items. NULL values say nothing about the type and are ignored.
 *
 * <table>
 *   <caption>Widening</caption>
 *   <tr><th>seen</th><th>SQL type</th></tr>
 *   <tr><td>S</td><td>VARCHAR</td></tr>
 *   <tr><td>N, every value integral and within a long</td><td>BIGINT</td></tr>
 *   <tr><td>N otherwise</td><td>DECIMAL (38 digits: no precision is ever lost)</td></tr>
 *   <tr><td>B</td><td>VARBINARY</td></tr>
 *   <tr><td>BOOL</td><td>BOOLEAN</td></tr>
 *   <tr><td>one of SS, NS, BS</td><td>ARRAY</td></tr>
 *   <tr><td>L, M, or both</td><td>JSON</td></tr>
 *   <tr><td>nothing but NULL</td><td>VARCHAR</td></tr>
 *   <tr><td>any other mix (N and S, SS and NS, S and M, ...)</td><td>VARIANT</td></tr>
 * </table>
 */
public final class TypeWidening {

  private TypeWidening() {}

  /**
   * @param seen the DynamoDB types observed (NULL is ignored)
   * @param integral whether every N value observed is integral and fits a long
   */
  public static SqlType widen(Set<AttributeType> seen, boolean integral) {
    Set<AttributeType> types =
        seen.isEmpty() ? EnumSet.noneOf(AttributeType.class) : EnumSet.copyOf(seen);
    types.remove(AttributeType.NULL);
    if (types.isEmpty()) {
      return SqlType.VARCHAR;
    }
    if (types.size() == 1) {
      return single(types.iterator().next(), integral);
    }
    if (types.equals(EnumSet.of(AttributeType.L, AttributeType.M))) {
      return SqlType.JSON;
    }
    return SqlType.VARIANT;
  }

  private static SqlType single(AttributeType type, boolean integral) {
    return switch (type) {
      case S -> SqlType.VARCHAR;
      case N -> integral ? SqlType.BIGINT : SqlType.DECIMAL;
      case B -> SqlType.VARBINARY;
      case BOOL -> SqlType.BOOLEAN;
      case SS, NS, BS -> SqlType.ARRAY;
      case L, M -> SqlType.JSON;
      case NULL -> SqlType.VARCHAR;
    };
  }
}
