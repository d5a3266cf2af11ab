/**
 * Exports: one writer per format behind {@link org.newsquotes.export.TableWriter} in the sub-packages,
 * writing the tables of {@link org.newsquotes.schema.Tables} over the rows of
 * {@link org.newsquotes.schema.TableRows}; the files about the export as a whole behind
 * {@link org.newsquotes.export.MetadataWriter} ({@code SHA256SUMS} here, {@code datapackage.json} beside
 * the CSV writer), and the column dictionary. Files are written beside their target and moved into
 * place only when every file is complete. Parquet and Hadoop types never appear here, and nothing here
 * refers to the Parquet writer: the {@code export} command picks the writers. Imports only
 * {@code model} and {@code schema}.
 */
package org.newsquotes.export;
