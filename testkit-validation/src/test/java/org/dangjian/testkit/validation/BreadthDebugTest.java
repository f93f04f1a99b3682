package org.dangjian.testkit.validation;

import java.util.Map;
import java.util.TreeMap;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class BreadthDebugTest {
  @Test
  void print() {
    long seed = Long.getLong("dbg.seed", 1L);
    int members = Integer.getInteger("dbg.members", 3096);
    Dataset d = DatasetGenerator.generate(GeneratorSettings.everyKind(seed, members).build());
    System.out.println("DBG " + d);
    ValidationReport r = DangjianValidator.defaults().validate(d, GeneratorSettings.DEFAULT_AS_OF);
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> shown = new TreeMap<>();
    for (Issue i : r.issues()) {
      String code = i.rule().code();
      counts.merge(code, 1, Integer::sum);
      if (shown.merge(code, 1, Integer::sum) <= 3) {
        System.out.println("DBG " + code + " " + i.location() + " " + i.value().orElse("") + " " + i.arguments() + " " + i.rule().message().en());
      }
    }
    System.out.println("DBG counts " + counts);
  }
}
