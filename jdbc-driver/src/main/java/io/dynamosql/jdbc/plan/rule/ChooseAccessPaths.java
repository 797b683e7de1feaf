package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.TableScan;
import io.dynamosql.jdbc.plan.physical.AccessPlanner;
import java.util.BitSet;
import java.util.List;

/** Gives every table scan its access path and the attributes it must read. */
final class ChooseAccessPaths implements Rule {

  private final AccessPlanner planner;
  private final BitSet usedFieldIds;

  ChooseAccessPaths(AccessPlanner planner, BitSet usedFieldIds) {
    this.planner = planner;
    this.usedFieldIds = usedFieldIds;
  }

  @Override
  public LogicalPlan apply(LogicalPlan node) {
    if (!(node instanceof TableScan scan)) {
      return node;
    }
    BitSet needed = new BitSet();
    List<Field> fields = scan.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (usedFieldIds.get(fields.get(i).id())) {
        needed.set(i);
      }
    }
    return planner.plan(scan, needed);
  }
}
