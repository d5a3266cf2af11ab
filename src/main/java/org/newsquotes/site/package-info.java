/**
 * The provenance site: static HTML pages that show every quote and claim where it stands in its source,
 * each utterance group's renderings side by side, each claim group's members, and an index. Pages are
 * rendered through jte templates (src/main/jte, compiled at build time into
 * {@code org.newsquotes.site.templates}) whose Html content type escapes every value; nothing here puts
 * HTML together by hand. Reads {@link org.newsquotes.model.Dataset} only; writes files into a folder it
 * is given, and leaves moving them into place to the caller.
 */
package org.newsquotes.site;
