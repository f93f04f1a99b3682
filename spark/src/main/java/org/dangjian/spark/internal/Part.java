package org.dangjian.spark.internal;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.statistics.StatisticsTally;
import org.dangjian.validation.internal.Segment;

/**
 * What the executor that read one {@link ReadTask} sends back: the task, the {@link Segment} of its
 * records for a validation (null for statistics), the records of each kind it began (for the record
 * indexes of the splits after it), the organizations it accepted (for the rosters after it), the
 * statistics tally of its accepted records (null for a validation), and whether its reader stopped
 * early (the rest of its file is then not read, as on one machine).
 *
 * @param task the task read
 * @param segment the part of the validation, or null
 * @param counts the records begun, by kind
 * @param names the organizations known after the part, id to name in file order
 * @param tally the figures of the part, or null
 * @param stoppedEarly true when the reader stopped before the end of the part
 */
public record Part(
    ReadTask task,
    Segment segment,
    Map<RecordKind, Long> counts,
    LinkedHashMap<String, String> names,
    StatisticsTally tally,
    boolean stoppedEarly)
    implements Serializable {

  private static final long serialVersionUID = 1L;
}
