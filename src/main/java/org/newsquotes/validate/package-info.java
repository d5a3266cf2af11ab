/**
 * Rules over a loaded dataset and the reports that show their violations. Every rule has a stable
 * dotted id and a severity; the loader's structural checks are listed here too, so that
 * {@code quotes rules} shows them all. Nothing here reads dataset files or prints. Imports only
 * {@code model} and {@code schema}.
 */
package org.newsquotes.validate;
