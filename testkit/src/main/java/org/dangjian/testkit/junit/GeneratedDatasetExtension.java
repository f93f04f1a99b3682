package org.dangjian.testkit.junit;

import java.lang.reflect.Parameter;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.testkit.Mutators;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link GeneratedDataset} and {@link WithDefect}: it resolves a
 * {@code Dataset} or {@code Mutation} parameter annotated with {@link GeneratedDataset}. Datasets
 * (and mutations) are kept in the store of the test class, keyed by seed, size, breadth and defect,
 * so a class generates each one once and JUnit drops them when the class is done. It needs no
 * registration: {@link GeneratedDataset} carries {@code @ExtendWith} for it.
 */
public final class GeneratedDatasetExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(GeneratedDatasetExtension.class);

  /** Creates the extension; JUnit calls this. */
  public GeneratedDatasetExtension() {}

  /** The key of a cached dataset or mutation in the class store. */
  private record Key(long seed, int members, boolean everyKind, Defect defect) {}

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    Class<?> type = parameterContext.getParameter().getType();
    return parameterContext.isAnnotated(GeneratedDataset.class)
        && (type == Dataset.class || type == Mutation.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    Parameter parameter = parameterContext.getParameter();
    GeneratedDataset spec =
        parameterContext
            .findAnnotation(GeneratedDataset.class)
            .orElseThrow(() -> new ParameterResolutionException("no @GeneratedDataset"));
    int least = spec.everyKind() ? 150 : 27;
    if (spec.members() < least) {
      throw new ParameterResolutionException(
          "@GeneratedDataset(members = "
              + spec.members()
              + (spec.everyKind() ? ", everyKind = true" : "")
              + ") on "
              + parameter
              + ": "
              + (spec.everyKind() ? "an every-kind group" : "a generated group")
              + " needs at least "
              + least
              + " members");
    }
    Optional<Defect> defect = defectFor(parameterContext, context);
    if (parameter.getType() == Mutation.class && defect.isEmpty()) {
      throw new ParameterResolutionException(
          "a Mutation parameter needs @WithDefect on the parameter or the method: " + parameter);
    }
    ExtensionContext.Store store = classContext(context).getStore(NAMESPACE);
    Key clean = new Key(spec.seed(), spec.members(), spec.everyKind(), null);
    GeneratorSettings settings =
        (spec.everyKind()
                ? GeneratorSettings.everyKind(spec.seed(), spec.members())
                : GeneratorSettings.proportional(spec.seed(), spec.members()))
            .build();
    Dataset valid =
        store.getOrComputeIfAbsent(clean, k -> DatasetGenerator.generate(settings), Dataset.class);
    if (defect.isEmpty()) {
      return valid;
    }
    Defect d = defect.get();
    if (!d.representableInDataset()) {
      throw new ParameterResolutionException(
          "@WithDefect(" + d + ") on " + parameter + ": no dataset can hold this defect");
    }
    Mutation mutation =
        store.getOrComputeIfAbsent(
            new Key(spec.seed(), spec.members(), spec.everyKind(), d),
            k -> Mutators.apply(d, valid, settings.asOf()),
            Mutation.class);
    return parameter.getType() == Mutation.class ? mutation : mutation.dataset();
  }

  private static Optional<Defect> defectFor(
      ParameterContext parameterContext, ExtensionContext context) {
    Optional<WithDefect> onParameter = parameterContext.findAnnotation(WithDefect.class);
    if (onParameter.isPresent()) {
      return Optional.of(onParameter.get().value());
    }
    return context
        .getTestMethod()
        .map(m -> m.getAnnotation(WithDefect.class))
        .map(WithDefect::value);
  }

  /** The context of the test class (the innermost one for nested classes). */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }
}
