package org.dangjian.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.dangjian.testkit.Defect;

/**
 * Injects one named {@link Defect} into the dataset of a {@link GeneratedDataset} parameter, with
 * {@code Mutators.apply} on the generator's reference date. On the parameter it applies to that
 * parameter only; on the test method it applies to every {@link GeneratedDataset} parameter of the
 * method. A parameter of type {@code Mutation} receives the whole mutation (the broken dataset and
 * the id of the record that carries the defect); a parameter of type {@code Dataset} receives the
 * broken dataset. The cached valid dataset is never changed.
 *
 * <pre>{@code
 * @Test
 * @WithDefect(Defect.TRAINING_TOO_SHORT)
 * void reportsShortTraining(@GeneratedDataset(seed = 1, members = 300) Mutation mutation) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface WithDefect {

  /** The defect to inject; {@link Defect#WRONG_ID_CHECKSUM} is refused, no dataset can hold it. */
  Defect value();
}
