/**
 * Validation and statistics of dangjian-sdk data on Apache Spark ({@link
 * org.dangjian.spark.DangjianSpark}): the same report and figures as on one machine, with the
 * records' decoding and their field and record rules spread over the executors. docs/SPARK.md.
 */
package org.dangjian.spark;
