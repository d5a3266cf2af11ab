/**
 * Reads a dataset folder into the model: YAML with the line and column of every value, strict
 * about unknown, duplicate, missing and mistyped fields, collecting every problem instead of stopping
 * at the first. It checks the shape of the files only; rules about their meaning live in
 * {@code validate}.
 */
package org.newsquotes.load;
