package com.example.consumer;

import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.io.DangjianImporter;
import org.dangjian.validation.DangjianValidator;

/** Compiles against the public API of the artifacts the consumer imports. */
public final class Check {
  private Check() {}

  /** Validates a one-branch dataset. */
  public static void main(String[] args) {
    Dataset data =
        Dataset.builder()
            .addOrganization(
                Organization.builder()
                    .id("org-1")
                    .name("第一党支部")
                    .kind(OrganizationKind.BRANCH)
                    .build())
            .build();
    System.out.println(
        DangjianValidator.defaults().validate(data, LocalDate.of(2024, 1, 31)).isSuccessful());
    System.out.println(DangjianImporter.class.getName());
  }
}
