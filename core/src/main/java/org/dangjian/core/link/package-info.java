/**
 * Linking what a bulletin names to the records of a dataset: the organizations and the people with
 * their posts printed in the masthead and the items, matched by name, by the short name a bulletin
 * prints ({@code 瑞丰集团党委} for {@code 中共瑞丰集团委员会}) and by the post holders of the named organization.
 * Matches are suggestions a caller reviews and applies; nothing is linked behind its back.
 */
package org.dangjian.core.link;
