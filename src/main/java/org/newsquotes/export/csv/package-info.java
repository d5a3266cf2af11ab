/**
 * The CSV writer, RFC 4180 through Apache Commons CSV, and the Frictionless {@code datapackage.json}
 * that describes its files. Nothing else in the project formats CSV.
 */
package org.newsquotes.export.csv;
