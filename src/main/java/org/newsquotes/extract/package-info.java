/**
 * A transparent rule-based extractor of quotations from a source text, the baseline that
 * {@code quotes evaluate} scores against the curated dataset, and the document drafts it makes for curators.
 * It pairs quotation marks, finds the reporting verb and the speaker in the clause around each quote,
 * and tells full quotes from fragments and scare quotes by fixed, documented rules; no model, no
 * network, the same output for the same text. It reads the model and the speakers registry, and
 * neither prints nor writes files: the command line does.
 */
package org.newsquotes.extract;
