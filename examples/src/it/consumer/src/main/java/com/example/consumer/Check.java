package com.example.consumer;

import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianImporter;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;

/** Compiles against the public API of the artifacts the consumer imports. */
public final class Check {
  private Check() {}

  /** Validates a generated group. */
  public static void main(String[] args) {
    Dataset sample = DatasetGenerator.generate(GeneratorSettings.builder().seed(1).build());
    System.out.println(
        DangjianValidator.defaults().validate(sample, LocalDate.of(2024, 1, 31)).isSuccessful());
    System.out.println(DangjianImporter.class.getName());
  }
}
