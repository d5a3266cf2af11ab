/**
 * Checks of table files (exports, or files derived from them) against the tables' definitions in
 * {@link org.newsquotes.schema.Tables}: one reader per file format behind
 * {@link org.newsquotes.validate.table.RowReader}, and a row validator that streams, so that a file of
 * millions of rows is checked in memory that grows only with its set of ids.
 */
package org.newsquotes.validate.table;
