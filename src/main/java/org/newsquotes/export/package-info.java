/**
 * Exports: every table defined once as an ordered list of columns ({@link org.newsquotes.export.Tables}),
 * rows joined from the dataset ({@link org.newsquotes.export.ExportRows}), and one writer per format
 * behind {@link org.newsquotes.export.TableWriter}, in the sub-packages. Files are written beside their
 * target and moved into place only when every file is complete. Parquet and Hadoop types never
 * appear here.
 */
package org.newsquotes.export;
