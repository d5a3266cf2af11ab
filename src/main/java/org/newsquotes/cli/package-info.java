/**
 * The {@code quotes} command line (picocli): the only place that prints, and {@link org.newsquotes.cli.Main#main}
 * the only place that exits. Commands return exit codes and write through the writers they are given,
 * so that tests can run them in-process.
 */
package org.newsquotes.cli;
