/**
 * Rules over a loaded dataset, the violations they find and the reports that show them. Every
 * rule has a stable dotted id and a severity; the loader's structural checks are listed here too,
 * so that {@code quotes rules} shows them all. Nothing here reads dataset files or prints.
 */
package org.newsquotes.validate;
