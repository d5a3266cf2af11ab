/**
 * The Parquet writer, through parquet-java without Hadoop at run time: a local output file, a plain
 * configuration and a zstd codec factory of our own. The only package that imports
 * {@code org.apache.parquet}; no Parquet or Hadoop type leaves it, and only the {@code export}
 * command refers to it, so that other commands never load Parquet.
 */
package org.newsquotes.export.parquet;
