/**
 * The JSON and JSON Lines writers, through Jackson's streaming generator: keys in column order,
 * explicit nulls, ISO dates, lists as arrays.
 */
package org.newsquotes.export.json;
