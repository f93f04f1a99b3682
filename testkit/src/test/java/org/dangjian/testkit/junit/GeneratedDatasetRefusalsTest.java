package org.dangjian.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The extension refuses, with a message naming the parameter and the reason, what it cannot supply:
 * a group under 27 members (an every-kind group under 150), a {@code Mutation} without a defect,
 * and a defect no dataset can hold. The fixture is run through the JUnit launcher (surefire skips
 * nested classes).
 */
class GeneratedDatasetRefusalsTest {

  /** Tests that must fail while their parameters are resolved. */
  static class Fixture {
    @Test
    void tooSmall(@GeneratedDataset(members = 26) Dataset dataset) {}

    @Test
    void everyKindTooSmall(@GeneratedDataset(members = 149, everyKind = true) Dataset dataset) {}

    @Test
    void mutationWithoutDefect(@GeneratedDataset(members = 54) Mutation mutation) {}

    @Test
    void unrepresentableDefect(
        @GeneratedDataset(members = 54) @WithDefect(Defect.WRONG_ID_CHECKSUM) Dataset dataset) {}
  }

  @Test
  void refusesWhatItCannotSupply() {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Fixture.class)).build(),
        listener);
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsStartedCount()).isEqualTo(4);
    List<String> messages =
        summary.getFailures().stream()
            .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException().getMessage())
            .toList();
    assertThat(messages)
        .hasSize(4)
        .anyMatch(m -> m.startsWith("tooSmall") && m.contains("at least 27 members"))
        .anyMatch(
            m ->
                m.startsWith("everyKindTooSmall")
                    && m.contains("an every-kind group needs at least 150 members"))
        .anyMatch(m -> m.startsWith("mutationWithoutDefect") && m.contains("needs @WithDefect"))
        .anyMatch(
            m ->
                m.startsWith("unrepresentableDefect")
                    && m.contains("WRONG_ID_CHECKSUM")
                    && m.contains("no dataset can hold this defect"));
  }
}
