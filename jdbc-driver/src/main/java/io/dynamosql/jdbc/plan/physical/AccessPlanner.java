package io.dynamosql.jdbc.plan.physical;

import io.dynamosql.jdbc.plan.expr.Between;
import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Comparison;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Exprs;
import io.dynamosql.jdbc.plan.expr.InList;
import io.dynamosql.jdbc.plan.expr.Like;
import io.dynamosql.jdbc.plan.expr.Literal;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.TableScan;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.IndexSchema;
import io.dynamosql.jdbc.schema.IndexType;
import io.dynamosql.jdbc.schema.TableSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the access path of one table reference from the predicates on it (sql.md, "Planning"):
 * the full primary key by equality → GetItem; key IN-lists → BatchGetItem; partition key equality
 * or a small IN-list → Query on the table, then on a GSI/LSI, with the sort-key predicate in the
 * key condition; otherwise a parallel Scan. Predicates the key condition does not consume go to the
 * FilterExpression when DynamoDB evaluates them exactly, else stay local.
 */
public final class AccessPlanner {

  private static final int MAX_QUERY_PARTITIONS = 25;
  private static final int MAX_BATCH_KEYS = 10_000;

  private final int scanSegments;

  public AccessPlanner(int scanSegments) {
    this.scanSegments = scanSegments;
  }

  /** A key-usable predicate on one column. */
  private record Candidate(
      Expr conjunct, List<Expr> values, SortCondition.Kind kind, boolean exact) {}

  public DynamoRead plan(TableScan scan, BitSet needed) {
    TableSchema table = scan.table();
    List<Expr> conjuncts = new ArrayList<>();
    scan.predicates().forEach(p -> conjuncts.addAll(Logical.conjuncts(p)));
    Map<String, List<Candidate>> byAttribute = candidates(scan, conjuncts);
    IndexSchema primary = table.primaryKey();
    ColumnSchema pk = keyColumn(table, primary.partitionKey());
    Optional<ColumnSchema> sk = primary.sortKey().map(name -> keyColumn(table, name));
    Candidate pkEq = first(byAttribute, primary.partitionKey(), true);
    Candidate skEq =
        sk.map(c -> first(byAttribute, c.attributePath().get(0), true))
            .filter(c -> !fromSubquery(c))
            .orElse(null);
    Set<Expr> consumed = new HashSet<>();
    AccessPath path = null;
    long estimate;
    long items = Math.max(1, table.itemCount().orElse(1000));
    if (pkEq != null && (sk.isEmpty() || skEq != null)) {
      List<List<KeyValue>> keys = new ArrayList<>();
      for (Expr p : pkEq.values()) {
        if (sk.isEmpty()) {
          keys.add(List.of(new KeyValue(pk, p)));
        } else {
          for (Expr s : skEq.values()) {
            keys.add(List.of(new KeyValue(pk, p), new KeyValue(sk.get(), s)));
          }
        }
      }
      if (keys.size() <= MAX_BATCH_KEYS) {
        consumed.add(pkEq.conjunct());
        if (skEq != null) {
          consumed.add(skEq.conjunct());
        }
        path =
            keys.size() == 1 && !fromSubquery(pkEq)
                ? new GetItemPath(keys.get(0))
                : new BatchGetPath(keys);
      }
    }
    if (path == null) {
      QueryPath best = null;
      for (IndexSchema index : table.indexes()) {
        Candidate partition = first(byAttribute, index.partitionKey(), true);
        if (partition == null || partition.values().size() > MAX_QUERY_PARTITIONS) {
          continue;
        }
        Optional<Candidate> sort =
            index.sortKey().flatMap(name -> sortCandidate(byAttribute, name));
        QueryPath candidate =
            new QueryPath(
                index,
                keyColumn(table, index.partitionKey()),
                partition.values(),
                sort.map(s -> toSort(keyColumn(table, index.sortKey().get()), s)),
                true,
                index.type() != IndexType.PRIMARY && !covers(index, table, needed));
        if (best == null || candidate.sort().isPresent() && best.sort().isEmpty()) {
          best = candidate;
          consumed.clear();
          consumed.add(partition.conjunct());
          sort.filter(Candidate::exact).ifPresent(s -> consumed.add(s.conjunct()));
        }
      }
      path = best;
    }
    if (path == null) {
      path = new ScanPath(scanSegments, servingIndexes(table, conjuncts));
    }
    if (path instanceof GetItemPath) {
      estimate = 1;
    } else if (path instanceof BatchGetPath batch) {
      estimate = fromSubquery(pkEq) ? Math.min(items, 100) : batch.keys().size();
    } else if (path instanceof QueryPath q) {
      estimate =
          Math.max(1, items / 10 * q.partitionValues().size() / (q.sort().isPresent() ? 3 : 1));
    } else {
      estimate = items;
    }
    List<Expr> pushed = new ArrayList<>();
    List<Expr> residual = new ArrayList<>();
    boolean filterable =
        path instanceof QueryPath q ? !q.fetchFromTable() : path instanceof ScanPath;
    for (Expr conjunct : conjuncts) {
      if (consumed.contains(conjunct)) {
        continue;
      }
      if (filterable
          && FilterTranslation.pushable(conjunct, scan)
          && readable(path, table, conjunct)) {
        pushed.add(conjunct);
      } else {
        residual.add(conjunct);
      }
    }
    DynamoRead read = new DynamoRead(scan, path, pushed, residual, needed, -1, estimate);
    if (DynamoRequest.of(read).filter().map(String::length).orElse(0)
        > FilterTranslation.MAX_EXPRESSION_LENGTH) {
      // Too long for DynamoDB: the driver evaluates it all.
      residual.addAll(0, pushed);
      return new DynamoRead(scan, path, List.of(), residual, needed, -1, estimate);
    }
    return read;
  }

  /** Whether every attribute a pushed filter reads is in the index it runs on. */
  private static boolean readable(AccessPath path, TableSchema table, Expr conjunct) {
    if (!(path instanceof QueryPath query)) {
      return true;
    }
    BitSet columns = Exprs.columns(conjunct);
    IndexSchema index = query.index();
    // DynamoDB refuses key attributes of the queried table or index in a FilterExpression.
    return columns.stream()
        .mapToObj(i -> table.columns().get(i))
        .allMatch(
            c ->
                projects(index, table, c) && !isKeyOf(index, c) && !isKeyOf(table.primaryKey(), c));
  }

  private static boolean isKeyOf(IndexSchema index, ColumnSchema column) {
    String top = column.attributePath().get(0);
    return column.attributePath().size() == 1
        && (top.equals(index.partitionKey()) || index.sortKey().map(top::equals).orElse(false));
  }

  private static Map<String, List<Candidate>> candidates(TableScan scan, List<Expr> conjuncts) {
    Map<String, List<Candidate>> byAttribute = new LinkedHashMap<>();
    for (Expr conjunct : conjuncts) {
      candidate(scan, conjunct)
          .ifPresent(
              c ->
                  byAttribute
                      .computeIfAbsent(attributeOf(scan, c.conjunct()), k -> new ArrayList<>())
                      .add(c));
    }
    return byAttribute;
  }

  private static String attributeOf(TableScan scan, Expr conjunct) {
    ColumnRef ref = keyRef(conjunct);
    return scan.table().columns().get(ref.index()).attributePath().get(0);
  }

  /** The column reference a key candidate constrains. */
  private static ColumnRef keyRef(Expr conjunct) {
    if (conjunct instanceof Comparison c) {
      return c.left() instanceof ColumnRef l ? l : (ColumnRef) c.right();
    }
    if (conjunct instanceof Between b) {
      return (ColumnRef) b.operand();
    }
    if (conjunct instanceof Like l) {
      return (ColumnRef) l.operand();
    }
    if (conjunct instanceof InList in) {
      return (ColumnRef) in.operand();
    }
    if (conjunct instanceof SubqueryExpr sub) {
      return (ColumnRef) sub.operand();
    }
    return keyRef(((Logical) conjunct).operands().get(0));
  }

  private static Optional<Candidate> candidate(TableScan scan, Expr conjunct) {
    if (conjunct instanceof SubqueryExpr sub
        && sub.kind() == SubqueryExpr.Kind.IN
        && !sub.negated()
        && !sub.correlated()
        && keyColumn(scan, sub.operand()) != null
        && fitsKey(keyColumn(scan, sub.operand()), sub.plan().fields().get(0).type())) {
      // key IN (SELECT ...): the subquery's values are the keys (see KeyValue).
      return Optional.of(new Candidate(conjunct, List.of(conjunct), SortCondition.Kind.EQ, true));
    }
    if (conjunct instanceof Comparison c) {
      boolean leftColumn = keyColumn(scan, c.left()) != null && keyValue(scan, c.left(), c.right());
      boolean rightColumn =
          !leftColumn && keyColumn(scan, c.right()) != null && keyValue(scan, c.right(), c.left());
      if (!leftColumn && !rightColumn) {
        return Optional.empty();
      }
      Comparison.Operator operator = leftColumn ? c.operator() : c.operator().flipped();
      Expr value = leftColumn ? c.right() : c.left();
      SortCondition.Kind kind =
          switch (operator) {
            case EQ -> SortCondition.Kind.EQ;
            case LT -> SortCondition.Kind.LT;
            case LE -> SortCondition.Kind.LE;
            case GT -> SortCondition.Kind.GT;
            case GE -> SortCondition.Kind.GE;
            case NE -> null;
          };
      return kind == null
          ? Optional.empty()
          : Optional.of(new Candidate(conjunct, List.of(value), kind, true));
    }
    if (conjunct instanceof InList in
        && !in.negated()
        && keyColumn(scan, in.operand()) != null
        && in.values().stream().allMatch(v -> keyValue(scan, in.operand(), v))) {
      return Optional.of(
          new Candidate(conjunct, distinct(in.values()), SortCondition.Kind.EQ, true));
    }
    if (conjunct instanceof Logical or && !or.and()) {
      List<Expr> values = new ArrayList<>();
      String attribute = null;
      for (Expr operand : or.operands()) {
        Optional<Candidate> part = candidate(scan, operand);
        if (part.isEmpty() || part.get().kind() != SortCondition.Kind.EQ) {
          return Optional.empty();
        }
        String a = attributeOf(scan, operand);
        if (attribute != null && !attribute.equals(a)) {
          return Optional.empty();
        }
        attribute = a;
        values.addAll(part.get().values());
      }
      return Optional.of(new Candidate(conjunct, distinct(values), SortCondition.Kind.EQ, true));
    }
    if (conjunct instanceof Between b
        && !b.negated()
        && keyColumn(scan, b.operand()) != null
        && keyValue(scan, b.operand(), b.low())
        && keyValue(scan, b.operand(), b.high())
        && b.low() instanceof Literal
        && b.high() instanceof Literal) {
      return Optional.of(
          new Candidate(conjunct, List.of(b.low(), b.high()), SortCondition.Kind.BETWEEN, true));
    }
    if (conjunct instanceof Like like
        && !like.negated()
        && like.compiled() != null
        && like.compiled().literalPrefix().isPresent()
        && keyColumn(scan, like.operand()) != null
        && "S".equals(keyColumn(scan, like.operand()).dynamoType())) {
      String prefix = like.compiled().literalPrefix().get();
      return Optional.of(
          new Candidate(
              conjunct,
              List.of(new Literal(prefix, io.dynamosql.jdbc.type.SqlType.VARCHAR)),
              SortCondition.Kind.BEGINS_WITH,
              like.compiled().isPrefixOnly()));
    }
    return Optional.empty();
  }

  /** Whether values of {@code type} can be keys of the column's DynamoDB type. */
  private static boolean fitsKey(ColumnSchema key, io.dynamosql.jdbc.type.SqlType type) {
    return switch (key.dynamoType()) {
      case "S" -> type == io.dynamosql.jdbc.type.SqlType.VARCHAR;
      case "N" -> type.isNumeric();
      case "B" -> type == io.dynamosql.jdbc.type.SqlType.VARBINARY;
      default -> false;
    };
  }

  private static boolean fromSubquery(Candidate candidate) {
    return candidate.values().stream().anyMatch(v -> v instanceof SubqueryExpr);
  }

  private static List<Expr> distinct(List<Expr> values) {
    List<Expr> out = new ArrayList<>();
    for (Expr v : values) {
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** A top-level column of the table that is a key of the table or of one of its indexes. */
  private static ColumnSchema keyColumn(TableScan scan, Expr expr) {
    if (!(expr instanceof ColumnRef ref)
        || ref.index() < 0
        || ref.index() >= scan.table().columns().size()) {
      return null;
    }
    ColumnSchema column = scan.table().columns().get(ref.index());
    if (column.isCatchAll() || column.attributePath().size() != 1) {
      return null;
    }
    String name = column.attributePath().get(0);
    boolean key =
        scan.table().indexes().stream()
            .anyMatch(
                i -> i.partitionKey().equals(name) || i.sortKey().map(name::equals).orElse(false));
    return key ? column : null;
  }

  /** Whether {@code value} can be a key value of the column: row-independent, of its type. */
  private static boolean keyValue(TableScan scan, Expr column, Expr value) {
    if (!Exprs.isRowIndependent(value)) {
      return false;
    }
    ColumnSchema key = keyColumn(scan, column);
    if (value instanceof Literal literal) {
      return switch (key.dynamoType()) {
        case "S" -> literal.value() instanceof String;
        case "N" -> literal.value() instanceof BigDecimal;
        case "B" -> literal.value() instanceof byte[];
        default -> false;
      };
    }
    return value.type() == key.type()
        || value.type().isNumeric() && key.type().isNumeric()
        || value.type() == io.dynamosql.jdbc.type.SqlType.VARCHAR && "S".equals(key.dynamoType());
  }

  private static Candidate first(
      Map<String, List<Candidate>> byAttribute, String attribute, boolean equality) {
    for (Candidate c : byAttribute.getOrDefault(attribute, List.of())) {
      if (!equality || c.kind() == SortCondition.Kind.EQ) {
        return c;
      }
    }
    return null;
  }

  /** The best sort-key predicate: equality, then an exact range, then a prefix. */
  private static Optional<Candidate> sortCandidate(
      Map<String, List<Candidate>> byAttribute, String attribute) {
    List<Candidate> all =
        byAttribute.getOrDefault(attribute, List.of()).stream()
            .filter(AccessPlanner::fitsSortKey)
            .toList();
    return all.stream()
        .filter(
            c -> c.kind() == SortCondition.Kind.EQ && c.values().size() == 1 && !fromSubquery(c))
        .findFirst()
        .or(
            () ->
                all.stream()
                    .filter(c -> c.exact() && c.kind() != SortCondition.Kind.EQ)
                    .findFirst())
        .or(() -> all.stream().filter(c -> c.kind() == SortCondition.Kind.BEGINS_WITH).findFirst());
  }

  /** Whether the candidate's literal values can be sort-key values (no literal: decided later). */
  private static boolean fitsSortKey(Candidate c) {
    return c.values().stream()
        .allMatch(
            v -> !(v instanceof Literal literal) || KeyLimits.fitsKey(literal.value(), false));
  }

  private static SortCondition toSort(ColumnSchema column, Candidate c) {
    return new SortCondition(
        column,
        c.kind(),
        c.values().get(0),
        c.kind() == SortCondition.Kind.BETWEEN ? c.values().get(1) : null);
  }

  private static ColumnSchema keyColumn(TableSchema table, String attribute) {
    return table.columns().stream()
        .filter(c -> c.attributePath().size() == 1 && c.attributePath().get(0).equals(attribute))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no column for key " + attribute + " of " + table.name()));
  }

  /** Whether the index holds every needed column. */
  private static boolean covers(IndexSchema index, TableSchema table, BitSet needed) {
    return needed.stream().allMatch(i -> projects(index, table, table.columns().get(i)));
  }

  private static boolean projects(IndexSchema index, TableSchema table, ColumnSchema column) {
    if (index.projection().equals("ALL")) {
      return true;
    }
    if (column.isCatchAll()) {
      return false;
    }
    String top = column.attributePath().get(0);
    IndexSchema primary = table.primaryKey();
    return top.equals(index.partitionKey())
        || index.sortKey().map(top::equals).orElse(false)
        || top.equals(primary.partitionKey())
        || primary.sortKey().map(top::equals).orElse(false)
        || index.projection().equals("INCLUDE") && index.projectedAttributes().contains(top);
  }

  /** The keys whose partition or sort key a predicate mentions: what would have served. */
  private static List<String> servingIndexes(TableSchema table, List<Expr> conjuncts) {
    Set<String> mentioned = new HashSet<>();
    for (Expr conjunct : conjuncts) {
      Exprs.columns(conjunct).stream()
          .forEach(
              i -> {
                ColumnSchema column = table.columns().get(i);
                if (!column.isCatchAll()) {
                  mentioned.add(column.attributePath().get(0));
                }
              });
    }
    List<String> serving = new ArrayList<>();
    for (IndexSchema index : table.indexes()) {
      if (mentioned.contains(index.partitionKey())
          || index.sortKey().map(mentioned::contains).orElse(false)) {
        serving.add(
            (index.type() == IndexType.PRIMARY
                    ? "the table's key"
                    : index.type() + " " + index.name())
                + " ("
                + index.partitionKey()
                + index.sortKey().map(s -> ", " + s).orElse("")
                + ")");
      }
    }
    return serving;
  }
}
