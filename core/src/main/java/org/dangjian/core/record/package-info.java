/**
 * The record spine: every kind of record the SDK reads, checks and writes ({@link
 * org.dangjian.core.record.RecordKind}), one visitor that receives them ({@link
 * org.dangjian.core.record.RecordVisitor}), and the {@link org.dangjian.core.record.Location} a
 * record or one of its fields came from. Readers, writers, the validator and the test-data
 * generator all pass records through this visitor, so adding a kind of record is one enum constant
 * and one visitor method, plus the code that is really specific to that kind.
 */
@DomainStyle
package org.dangjian.core.record;

import org.dangjian.core.internal.DomainStyle;
