package org.newsquotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.newsquotes.export.DatasetDescription;
import org.newsquotes.export.StagingFolder;
import org.newsquotes.model.DatasetVersion;
import org.newsquotes.site.SiteInfo;
import org.newsquotes.site.SiteWriter;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quotes site}: validates a dataset and, only when it is valid, writes its provenance site, a
 * folder of static pages that work opened from disk. The pages are written into a staging folder and
 * moved into place together, as the exports are, so that a failure leaves the previous site as it was.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.VALID_HELP, ExitCodes.INVALID_DATA_HELP, ExitCodes.USAGE_HELP,
            ExitCodes.INTERNAL_HELP},
        description = {"Validate a dataset folder and write its provenance site: an index, a page per document with"
                + " every quote and claim highlighted in its source text, a page per utterance group with each"
                + " outlet's rendering side by side, and a page per claim group. The pages need no server: open"
                + " OUTPUT/index.html in a browser. Invalid data gets no site; files are replaced only when all are"
                + " written."})
final class SiteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "dataset",
            description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    private Path datasetDir;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/site",
            description = "Folder to write the site to (default: ${DEFAULT-VALUE}).")
    private Path outputDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportCommand.checkOutputFolder(spec, outputDir, "the site");
        DatasetCheck check = DatasetCheck.run(spec, datasetDir, main.clock());
        if (check.fails(false)) {
            TextReport.write(check.violations(), check.filesChecked(), err);
            err.print("site refused: fix the errors above first; " + ExportCommand.slashes(outputDir)
                    + " is unchanged\n");
            err.flush();
            return ExitCodes.INVALID;
        }
        StagingFolder.recover(outputDir).ifPresent(done -> err.print("quotes: " + done + "\n"));
        SiteInfo info = new SiteInfo(DatasetDescription.TITLE, DatasetVersion.current(),
                DatasetDescription.citeAs(DatasetVersion.current()));
        List<Path> written = write(new SiteWriter(info), check, err);
        out.print("wrote " + written.size() + " files to " + ExportCommand.slashes(outputDir) + "; open "
                + ExportCommand.slashes(outputDir.resolve("index.html")) + " in a browser\n");
        out.flush();
        return ExitCodes.OK;
    }

    // The interrupt guard is held for its close alone, which javac's try lint takes for a forgotten resource.
    @SuppressWarnings("try")
    private List<Path> write(SiteWriter writer, DatasetCheck check, PrintWriter err) throws IOException {
        try (StagingFolder staging = StagingFolder.in(outputDir); InterruptGuard guard = new InterruptGuard(staging, err)) {
            // The staging folder itself: the folder its files are written in.
            Path folder = staging.resolve("index.html").getParent();
            List<String> pages = writer.write(check.dataset(), folder);
            Set<String> stale = new TreeSet<>(SiteManifest.read(outputDir));
            stale.removeAll(pages);
            Set<String> listed = new TreeSet<>(pages);
            listed.addAll(stale);
            SiteManifest.write(staging.resolve(SiteManifest.NAME), listed);
            List<String> names = new ArrayList<>(pages);
            names.add(SiteManifest.NAME);
            List<Path> placed = staging.commit(names);
            SiteManifest.removeStale(outputDir, stale, pages);
            return placed.subList(0, pages.size());
        }
    }
}
