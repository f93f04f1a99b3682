/** How dangjian-spark reads a file on an executor and carries its part to the driver; not API. */
package org.dangjian.spark.internal;
