/**
 * What the bulletin formats share: Chinese numerals and issue dates as bulletins print them, the
 * names of people and organizations a paragraph mentions, and the base of writers of formats that
 * hold bulletins only. Not exported; the formats are in the {@code text}, {@code markdown} and
 * {@code html} subpackages.
 */
package org.dangjian.io.bulletin.internal;
