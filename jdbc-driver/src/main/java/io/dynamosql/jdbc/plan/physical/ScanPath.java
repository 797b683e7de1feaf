package io.dynamosql.jdbc.plan.physical;

import java.util.List;

/**
 * A full Scan in {@code segments} parallel segments.
 *
 * @param servingIndexes keys (table or index) whose condition would have avoided the scan, e.g.
 *     {@code index status-created_at-index (status, created_at)}, for the warning
 */
public record ScanPath(int segments, List<String> servingIndexes) implements AccessPath {

  public ScanPath {
    servingIndexes = List.copyOf(servingIndexes);
  }

  public ScanPath sequential() {
    return new ScanPath(1, servingIndexes);
  }

  @Override
  public String operation() {
    return "Scan(" + segments + (segments == 1 ? " segment)" : " segments)");
  }
}
