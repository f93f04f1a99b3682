/**
 * Test support for dangjian-sdk users: a seeded generator of realistic, valid datasets ({@code
 * DatasetGenerator}), bulletins ({@code BulletinGenerator}, and issue 62 of docs/DOMAIN.md in
 * {@code SampleBulletins}), mutators that inject exactly one known defect into a valid dataset
 * ({@code Defect}, {@code Mutators}), a synthetic group of any size streamed in bounded memory
 * ({@code SyntheticGroup}) and AssertJ assertions for members, organizations and datasets ({@code
 * DangjianAssertions}), and a JUnit 5 extension that injects generated datasets, with or without a
 * named defect, into test parameters ({@code GeneratedDataset}, {@code WithDefect}).
 */
module org.dangjian.testkit {
  requires transitive org.dangjian.core;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;

  exports org.dangjian.testkit;
  exports org.dangjian.testkit.assertj;
  exports org.dangjian.testkit.junit;
}
