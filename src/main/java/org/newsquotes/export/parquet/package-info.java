/**
 * The Parquet writer: our own encoder of pages and row groups ({@link
 * org.newsquotes.export.parquet.RowGroupEncoder}), which several threads may run, and parquet-java's
 * low-level file writer, without Hadoop at run time, to lay them out with the footer and indexes.
 * parquet-java's own column writers, per row group, were measured against our encoder and found
 * slower (BENCHMARKS.md, "Library paths"): they live in the tests, as the reference our files are
 * compared with. The only package that imports {@code org.apache.parquet}; no Parquet or Hadoop type leaves it, and only
 * the {@code export} command and the bulk pipeline's Parquet outputs use it, so that other commands,
 * {@code validate} of bulk files included, never load a class of parquet-java.
 */
package org.newsquotes.export.parquet;
