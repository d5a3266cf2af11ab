/**
 * The CSV writer: RFC 4180 through Apache Commons CSV. Nothing else in the project formats CSV.
 */
package org.newsquotes.export.csv;
