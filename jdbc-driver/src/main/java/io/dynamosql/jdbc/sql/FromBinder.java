package io.dynamosql.jdbc.sql;

import io.dynamosql.jdbc.error.Excerpt;
import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.exec.value.LikePattern;
import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.Like;
import io.dynamosql.jdbc.plan.expr.Literal;
import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.plan.logical.Join;
import io.dynamosql.jdbc.plan.logical.JoinKind;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.TableScan;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.schema.KeyRole;
import io.dynamosql.jdbc.schema.RefreshMode;
import io.dynamosql.jdbc.schema.TableKind;
import io.dynamosql.jdbc.schema.TableSchema;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Values;

/**
 * Binds a FROM clause: tables (with their entity-view prefix), CTE references, derived tables,
 * parenthesised joins, and joins with their ON conditions.
 */
final class FromBinder {

  /**
   * A FROM clause so far: its plan, the relations that name its row's columns, and the columns
   * unqualified names and {@code SELECT *} see.
   */
  record From(LogicalPlan plan, List<Relation> relations, JoinColumns columns) {

    From(LogicalPlan plan, Relation relation) {
      this(plan, List.of(relation), JoinColumns.of(relation));
    }

    Scope scope(Scope outer, String catalogName) {
      return new Scope(relations, columns, outer, catalogName);
    }
  }

  private final QueryBinder queries;
  private final BindContext context;
  private final Scope outer;

  FromBinder(QueryBinder queries, Scope outer) {
    this.queries = queries;
    this.context = queries.context();
    this.outer = outer;
  }

  From from(PlainSelect select) throws SQLException {
    From from = fromItem(select.getFromItem(), 0);
    if (select.getJoins() != null) {
      for (net.sf.jsqlparser.statement.select.Join join : select.getJoins()) {
        from = join(from, join);
      }
    }
    return from;
  }

  private From join(From left, net.sf.jsqlparser.statement.select.Join join) throws SQLException {
    From right = fromItem(join.getRightItem(), left.plan().fields().size());
    JoinKind kind =
        join.isFull()
            ? JoinKind.FULL
            : join.isRight() ? JoinKind.RIGHT : join.isLeft() ? JoinKind.LEFT : JoinKind.INNER;
    List<Relation> relations = new ArrayList<>(left.relations());
    relations.addAll(right.relations());
    boolean on = join.getOnExpressions() != null && !join.getOnExpressions().isEmpty();
    boolean using = join.getUsingColumns() != null && !join.getUsingColumns().isEmpty();
    Expr condition = Literal.TRUE;
    JoinColumns columns = left.columns().then(right.columns());
    if (join.isNatural() || using) {
      if (on || join.isNatural() && using) {
        throw SqlState.SYNTAX_ERROR.exception(
            "A join has one of NATURAL, USING (...) or ON, not several: "
                + Excerpt.of(join.toString()));
      }
      List<Identifier> names =
          join.isNatural()
              ? left.columns().common(right.columns())
              : join.getUsingColumns().stream().map(c -> Identifier.of(c.getColumnName())).toList();
      JoinColumns.Using joined = left.columns().using(right.columns(), names, kind);
      condition = joined.condition();
      columns = joined.columns();
    } else if (on) {
      Scope scope = new Scope(relations, columns, outer, context.catalog().catalogName());
      ExpressionBinder binder = new ExpressionBinder(context, scope, null, null, queries);
      List<Expr> conditions = new ArrayList<>();
      for (Expression e : join.getOnExpressions()) {
        conditions.add(binder.condition(e, "ON"));
      }
      condition = io.dynamosql.jdbc.plan.expr.Logical.and(conditions);
    } else if (kind != JoinKind.INNER) {
      throw SqlState.SYNTAX_ERROR.exception(kind + " JOIN needs an ON or USING condition");
    }
    return new From(
        new Join(left.plan(), right.plan(), kind, condition, List.of(), List.of()),
        relations,
        columns);
  }

  private From fromItem(FromItem item, int offset) throws SQLException {
    if (item instanceof Table table) {
      return table(table, offset);
    }
    if (item instanceof ParenthesedSelect select) {
      BoundQuery bound = queries.bindNested(select, null);
      return derived(select.getAlias(), bound.plan(), offset);
    }
    if (item instanceof ParenthesedFromItem parenthesed
        && parenthesed.getFromItem() instanceof Values values) {
      return derived(parenthesed.getAlias(), queries.bindNested(values, null).plan(), offset);
    }
    if (item instanceof ParenthesedFromItem parenthesed) {
      From inner = fromItem(parenthesed.getFromItem(), offset);
      if (parenthesed.getJoins() != null) {
        for (net.sf.jsqlparser.statement.select.Join join : parenthesed.getJoins()) {
          inner = join(inner, join);
        }
      }
      return inner;
    }
    throw SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Not supported in FROM: " + Excerpt.of(item.toString()));
  }

  /** A derived table under {@code alias}, which may name its columns: {@code AS t(a, b)}. */
  private From derived(Alias alias, LogicalPlan plan, int offset) throws SQLException {
    if (alias == null) {
      return derived("", plan, offset);
    }
    String name = Identifier.of(alias.getName()).text();
    List<String> columns = new ArrayList<>();
    if (alias.getAliasColumns() != null) {
      for (Alias.AliasColumn column : alias.getAliasColumns()) {
        columns.add(Identifier.of(column.name).text());
      }
    }
    return derived(name, queries.renamed(plan, columns, "The derived table " + name), offset);
  }

  private From derived(String name, LogicalPlan plan, int offset) {
    List<Field> fields = new ArrayList<>();
    for (Field field : plan.fields()) {
      fields.add(
          new Field(field.id(), name, field.name(), field.type(), field.column(), field.table()));
    }
    return new From(plan, new Relation(name, true, Optional.empty(), offset, fields));
  }

  private From table(Table table, int offset) throws SQLException {
    Identifier name = Identifier.of(table.getName());
    String alias =
        table.getAlias() == null ? null : Identifier.of(table.getAlias().getName()).text();
    if (table.getSchemaName() == null) {
      BindContext.Cte cte = context.cte(name);
      if (cte != null) {
        LogicalPlan plan = queries.bindCte(name, cte);
        return derived(alias != null ? alias : name.text(), plan, offset);
      }
    }
    String schema =
        table.getSchemaName() == null
            ? context.defaultSchema()
            : Identifier.of(table.getSchemaName()).text();
    if (table.getDatabaseName() != null || table.getCatalogName() != null) {
      String catalog =
          Identifier.of(
                  table.getCatalogName() != null ? table.getCatalogName() : table.getDatabaseName())
              .text();
      if (!catalog.equalsIgnoreCase(context.catalog().catalogName())) {
        throw SqlState.TABLE_NOT_FOUND.exception(
            "Unknown catalog "
                + Excerpt.of(catalog)
                + " in "
                + Excerpt.of(table.toString())
                + "; the catalog is "
                + context.catalog().catalogName());
      }
    }
    Optional<String> knownSchema =
        context.catalog().schemaNames().stream()
            .filter(s -> s.equalsIgnoreCase(schema))
            .findFirst();
    if (knownSchema.isEmpty()) {
      throw SqlState.TABLE_NOT_FOUND.exception(
          "Unknown schema "
              + Excerpt.of(schema)
              + " in "
              + Excerpt.of(table.toString())
              + Suggestions.closest(schema, context.catalog().schemaNames()));
    }
    Optional<TableSchema> found =
        context.catalog().table(knownSchema.get(), name.text(), RefreshMode.IF_STALE);
    if (found.isEmpty() || name.quoted() && !found.get().name().equals(name.text())) {
      List<String> known =
          context.catalog().tables(knownSchema.get(), RefreshMode.SKIP).stream()
              .map(TableSchema::name)
              .toList();
      throw SqlState.TABLE_NOT_FOUND.exception(
          "Table "
              + Excerpt.of(table.getFullyQualifiedName())
              + " does not exist in schema "
              + knownSchema.get()
              + Suggestions.closest(name.text(), known));
    }
    TableSchema schemaTable = found.get();
    String qualifier = alias != null ? alias : schemaTable.name();
    List<Field> fields = new ArrayList<>();
    for (ColumnSchema column : schemaTable.columns()) {
      fields.add(
          new Field(
              context.newFieldId(),
              qualifier,
              column.name(),
              column.type(),
              Optional.of(column),
              Optional.of(schemaTable)));
    }
    List<Expr> predicates = new ArrayList<>();
    if (schemaTable.kind() == TableKind.VIEW && schemaTable.sortKeyPrefix().isPresent()) {
      predicates.add(viewPrefix(schemaTable, fields));
    }
    TableScan scan = new TableScan(schemaTable, qualifier, fields, predicates);
    return new From(
        scan, new Relation(qualifier, alias != null, Optional.of(schemaTable), offset, fields));
  }

  /** An entity view reads the items whose sort key starts with its prefix. */
  private static Expr viewPrefix(TableSchema table, List<Field> fields) throws SQLException {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).keyRole() == KeyRole.SORT_KEY) {
        String prefix = table.sortKeyPrefix().get();
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Field field = fields.get(i);
        return new Like(
            new ColumnRef(i, field.type(), field.qualifier() + "." + field.name(), field.id()),
            new Literal(pattern, SqlType.VARCHAR),
            '\\',
            false,
            false,
            LikePattern.compile(pattern, '\\'));
      }
    }
    throw SqlState.GENERAL_ERROR.exception(
        "The view " + table.name() + " has a prefix but its table no sort key");
  }
}
