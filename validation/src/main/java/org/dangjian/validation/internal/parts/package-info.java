/**
 * Validation fed in parts ({@link org.dangjian.validation.internal.parts.Parts}): what
 * dangjian-spark distributes. Not API: exported to dangjian-spark only.
 */
package org.dangjian.validation.internal.parts;
