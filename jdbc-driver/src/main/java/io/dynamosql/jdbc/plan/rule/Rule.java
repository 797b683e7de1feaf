package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import java.util.ArrayList;
import java.util.List;

/** One rewrite of the plan tree; rules run in a fixed order (see {@link Planner}). */
interface Rule {

  /** Rewrites one node whose inputs are already rewritten. */
  LogicalPlan apply(LogicalPlan node);

  /** Applies this rule bottom-up over the whole tree. */
  default LogicalPlan rewrite(LogicalPlan plan) {
    List<LogicalPlan> inputs = new ArrayList<>();
    boolean changed = false;
    for (LogicalPlan input : plan.inputs()) {
      LogicalPlan rewritten = rewrite(input);
      changed |= rewritten != input;
      inputs.add(rewritten);
    }
    return apply(changed ? plan.withInputs(inputs) : plan);
  }
}
