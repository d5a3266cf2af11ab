/**
 * Exports: every table defined once as an ordered list of columns ({@link org.newsquotes.export.Tables}),
 * rows joined from the dataset ({@link org.newsquotes.export.ExportRows}), one writer per format behind
 * {@link org.newsquotes.export.TableWriter} in the sub-packages, the files about the export as a whole
 * behind {@link org.newsquotes.export.MetadataWriter} ({@code SHA256SUMS} here, {@code datapackage.json}
 * beside the CSV writer), and the column dictionary of the README. Files are written beside their
 * target and moved into place only when every file is complete. Parquet and Hadoop types never appear
 * here, and nothing here refers to the Parquet writer: the {@code export} command picks the writers.
 */
package org.newsquotes.export;
