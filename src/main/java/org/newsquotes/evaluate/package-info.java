/**
 * Scoring a quotation extraction system against the dataset: predictions read from a quotes table
 * (JSON Lines or CSV) or from Citron's annotation files, content spans matched to the dataset's
 * quotes as BBC R&amp;D's Citron matches them (exact spans, and tokens shared), speaker attribution
 * compared on the matched spans, and the report in text, JSON or Markdown. It reads the dataset as
 * loaded records ({@code model}) and never loads, validates or prints by itself.
 */
package org.newsquotes.evaluate;
