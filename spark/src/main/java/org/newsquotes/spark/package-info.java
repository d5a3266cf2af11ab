/**
 * The Spark job ({@link org.newsquotes.spark.QuotesSparkJob}): checks table files with the quotes tool's
 * row rules ({@code validate.table.RowRules}, from the core jar) on Apache Spark, keeps the first row of
 * each key, and writes the valid rows as Parquet with the table's exact schema and the violations as a
 * table. Spark and Hadoop types stay in this package; the rules know nothing of them.
 */
package org.newsquotes.spark;
