/**
 * A deterministic generator of synthetic quote tables, for benchmarks and scale tests: realistic
 * lengths, commas, quotation marks, line breaks and non-ASCII letters, and invalid records at a chosen
 * rate. Nothing here is part of the curated dataset.
 */
package org.newsquotes.generate;
