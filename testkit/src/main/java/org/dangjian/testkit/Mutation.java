package org.dangjian.testkit;

import java.util.Objects;
import org.dangjian.core.dataset.Dataset;

/**
 * The result of injecting one {@link Defect} into a valid dataset: the mutated dataset, the id of
 * the record that now carries the defect (a member id, or an organization id for the
 * organization-level defects), the defect and a human description. A validator run on {@link
 * #dataset()} should report exactly {@code defect().ruleId()} at {@link #recordId()}.
 *
 * @param dataset the mutated dataset
 * @param recordId the id of the record that carries the defect; empty for a defect of the whole
 *     dataset ({@link Defect#NO_ACTIVITIES}), whose issue names no record
 * @param defect the injected defect
 * @param description what was changed, without personal identifiers in full
 */
public record Mutation(Dataset dataset, String recordId, Defect defect, String description) {

  /** Checks that every part is present. */
  public Mutation {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(defect, "defect");
    Objects.requireNonNull(description, "description");
  }
}
