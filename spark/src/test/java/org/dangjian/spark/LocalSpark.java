package org.dangjian.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of the tests: local mode on two threads, started once for every test class of
 * the run (starting Spark costs seconds) and stopped by Spark's own shutdown hook.
 */
final class LocalSpark {

  private LocalSpark() {}

  /** The session, started on first use. */
  static synchronized SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("dangjian-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}
