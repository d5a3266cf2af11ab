package org.newsquotes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.model.Sha256;
import org.newsquotes.model.SourceText;
import org.newsquotes.model.Speaker;
import org.newsquotes.schema.Utf8Check;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What {@code extract} and {@code draft} read: the speakers registry and source texts. */
final class Registry {

    private Registry() {
    }

    /**
     * A source text as read, or null (reported on the error stream) when its bytes are not UTF-8.
     *
     * @param text the text, or null
     * @param bytes the file's bytes
     */
    record Source(SourceText text, byte[] bytes) {
    }

    /** The speakers of the dataset in {@code dir}; a usage error when it is not a dataset folder. */
    static List<Speaker> speakers(CommandSpec spec, Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("speakers.yaml"))) {
            throw new ParameterException(spec.commandLine(), "dataset folder '" + dir + "' has no speakers.yaml;"
                    + " give the folder that holds it with --dataset");
        }
        return new DatasetLoader(Path.of("")).load(dir).dataset().speakers();
    }

    /** Reads {@code file}; a usage error when it is not a readable file. */
    static Source source(CommandSpec spec, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "source '" + file + "' is not a file; give a text file");
        }
        byte[] bytes = Files.readAllBytes(file);
        Utf8Check.Decoded decoded = Utf8Check.decode(bytes);
        String shown = TableFileOptions.shown(file);
        if (decoded.bad() != null) {
            spec.commandLine().getErr().print(shown + ":" + decoded.bad().line() + ":" + decoded.bad().column()
                    + ": error: the source is not valid UTF-8 here; save it as UTF-8\n");
            spec.commandLine().getErr().flush();
            return new Source(null, bytes);
        }
        return new Source(new SourceText(file.getFileName().toString(), shown, Sha256.of(bytes), decoded.text()),
                bytes);
    }
}
