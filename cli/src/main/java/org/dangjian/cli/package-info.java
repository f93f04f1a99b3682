/**
 * The {@code dangjian} command line. {@link org.dangjian.cli.Dangjian} is the entry point of the
 * runnable jar {@code cli/target/dangjian.jar}; the commands themselves are not API.
 */
package org.dangjian.cli;
