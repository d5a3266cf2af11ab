package org.newsquotes.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.SourceText;
import org.newsquotes.model.UtteranceGroup;

/**
 * Writes the site of a dataset into a folder: the index, a page per document, utterance group and
 * claim group, and the style sheet and script they share. The same dataset gives the same bytes: no
 * time, no host, no platform default reaches a page.
 */
public final class SiteWriter {

    /** The package the build compiles the templates into (jte-maven-plugin's packageName in pom.xml). */
    private static final String TEMPLATES = "org.newsquotes.site.templates";

    /** The files every page refers to, copied from the resources beside this class. */
    private static final List<String> ASSETS = List.of("style.css", "site.js");

    private final SiteInfo info;
    private final TemplateEngine engine;

    /** @param info what the index says about the dataset as a whole */
    public SiteWriter(SiteInfo info) {
        this.info = info;
        this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, SiteWriter.class.getClassLoader(),
                TEMPLATES);
    }

    /**
     * Writes the site of {@code dataset} into {@code folder}, which exists.
     *
     * @return the names of the files written, in the order written
     * @throws IllegalArgumentException when a document's source text was not loaded
     */
    public List<String> write(Dataset dataset, Path folder) throws IOException {
        Lookup lookup = new Lookup(dataset);
        SpeakerStyles styles = SpeakerStyles.badges(dataset.speakers());
        List<String> written = new ArrayList<>();
        for (String asset : ASSETS) {
            Files.write(folder.resolve(asset), asset(asset));
            written.add(asset);
        }
        written.add(render(folder, "index.html", "index.jte", IndexPage.of(info, lookup)));
        for (Document d : dataset.documents()) {
            SourceText source = dataset.sourceOf(d).orElseThrow(() -> new IllegalArgumentException(
                    "the source text " + d.source() + " of " + d.id() + " was not loaded"));
            written.add(render(folder, Lookup.page(d.id()), "document.jte", DocumentPage.of(d, source, lookup, styles)));
        }
        for (UtteranceGroup u : dataset.utterances()) {
            written.add(render(folder, Lookup.page(u.id()), "utterance.jte", UtterancePage.of(u, lookup)));
        }
        for (ClaimGroup g : dataset.claimGroups()) {
            written.add(render(folder, Lookup.page(g.id()), "claimgroup.jte", ClaimGroupPage.of(g, lookup)));
        }
        return written;
    }

    private String render(Path folder, String name, String template, Object page) throws IOException {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, page, output);
        Files.write(folder.resolve(name), output.toByteArray());
        return name;
    }

    private static byte[] asset(String name) {
        try (InputStream in = SiteWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
