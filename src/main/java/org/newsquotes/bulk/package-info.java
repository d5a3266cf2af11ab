/**
 * Bulk table files (quotes as JSON Lines or CSV, millions of rows): one streaming pass that checks
 * every row with the rules of {@link org.newsquotes.validate.table} and writes the valid rows with the
 * export writers, on every core, in memory that does not grow with the file (but for its set of ids).
 * Writers are given by the caller, so that this package never loads Parquet by itself.
 */
package org.newsquotes.bulk;
