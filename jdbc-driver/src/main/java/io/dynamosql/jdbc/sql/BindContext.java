package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.function.FunctionRegistry;
import io.dynamosql.jdbc.schema.Catalog;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.jsqlparser.statement.select.Select;

/** The state one statement's binding shares: catalog, field ids, parameter types, CTEs. */
final class BindContext {

  private final Catalog catalog;
  private final String defaultSchema;
  private final FunctionRegistry functions;
  private final Map<Integer, SqlType> parameterTypes = new TreeMap<>();
  private final List<Map<String, Cte>> cteFrames = new ArrayList<>();

  /** A WITH item: its query and its column list (empty: the query's own names). */
  record Cte(Select body, List<String> columns) {
    Cte {
      columns = List.copyOf(columns);
    }
  }

  private int nextFieldId;
  private int depth;

  /** Deeper expressions are refused: evaluating them would exhaust the stack. */
  static final int MAX_DEPTH = 200;

  BindContext(Catalog catalog, String defaultSchema, FunctionRegistry functions) {
    this.catalog = catalog;
    this.defaultSchema = defaultSchema;
    this.functions = functions;
  }

  Catalog catalog() {
    return catalog;
  }

  String defaultSchema() {
    return defaultSchema;
  }

  FunctionRegistry functions() {
    return functions;
  }

  /** Enters one level of expression or query nesting. */
  void enter() throws SQLException {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw SqlState.SYNTAX_ERROR.exception(
          "The statement nests expressions or subqueries more than "
              + MAX_DEPTH
              + " levels deep; simplify it (long AND / OR lists are fine)");
    }
  }

  void exit() {
    depth = Math.max(0, depth - 1);
  }

  int newFieldId() {
    return nextFieldId++;
  }

  /** Records the type a {@code ?} marker's context implies (the first context wins). */
  void parameterType(int index, SqlType type) {
    if (type != SqlType.NULL) {
      parameterTypes.merge(index, type, (old, ignored) -> old == SqlType.NULL ? type : old);
    } else {
      parameterTypes.putIfAbsent(index, SqlType.NULL);
    }
  }

  /** One type per marker, VARCHAR where the context says nothing. */
  List<SqlType> parameterTypes() {
    int count =
        parameterTypes.isEmpty() ? 0 : ((TreeMap<Integer, SqlType>) parameterTypes).lastKey() + 1;
    List<SqlType> types = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SqlType type = parameterTypes.getOrDefault(i, SqlType.NULL);
      types.add(type == SqlType.NULL ? SqlType.VARCHAR : type);
    }
    return types;
  }

  void pushCtes(Map<String, Cte> frame) {
    cteFrames.add(new HashMap<>(frame));
  }

  void popCtes() {
    cteFrames.remove(cteFrames.size() - 1);
  }

  /** The innermost CTE of that name (case-insensitive unless quoted), or null. */
  Cte cte(Identifier name) {
    for (int i = cteFrames.size() - 1; i >= 0; i--) {
      for (Map.Entry<String, Cte> entry : cteFrames.get(i).entrySet()) {
        if (name.matches(entry.getKey())) {
          return entry.getValue();
        }
      }
    }
    return null;
  }
}
