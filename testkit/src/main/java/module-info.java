/**
 * Test support for dangjian-sdk users: a seeded generator of realistic, valid datasets ({@code
 * DatasetGenerator}), bulletins ({@code BulletinGenerator}, and issue 62 of docs/DOMAIN.md in
 * {@code SampleBulletins}), mutators that inject exactly one known defect into a valid dataset
 * ({@code Defect}, {@code Mutators}), a synthetic group of any size streamed in bounded memory
 * ({@code SyntheticGroup}) and AssertJ assertions for members, organizations and datasets ({@code
 * DangjianAssertions}).
 */
module org.dangjian.testkit {
  requires transitive org.dangjian.core;
  requires transitive org.assertj.core;

  exports org.dangjian.testkit;
  exports org.dangjian.testkit.assertj;
}
