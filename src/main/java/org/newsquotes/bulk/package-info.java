/**
 * Bulk table files (quotes as JSON Lines or CSV, millions of rows): one streaming pass that checks
 * every row with the rules of {@link org.newsquotes.validate.table} and writes the valid rows with the
 * export writers, on every core, in memory that does not grow with the file (but for its set of ids).
 * The pass runs in stages (reading, checking, reporting in file order, outputs), wired together by
 * {@link org.newsquotes.bulk.BulkPipeline}. Outputs are given by the caller, and only
 * {@link org.newsquotes.bulk.ParquetOutput} uses the Parquet classes, so that a pass without it loads
 * none of them.
 */
package org.newsquotes.bulk;
