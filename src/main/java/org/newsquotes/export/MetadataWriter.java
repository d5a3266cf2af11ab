package org.newsquotes.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsquotes.schema.Table;

/**
 * Writes one file about the export as a whole, after every table has been written: a description of
 * the tables, checksums of the files, or a folder of the data in another format (Citron's files).
 */
public interface MetadataWriter {

    /** The name of the file (or folder) this writer produces, such as {@code datapackage.json}. */
    String fileName();

    /**
     * Writes the new file {@code file} into {@code folder}, which holds every file written before it.
     *
     * @param tables the exported tables, in export order
     */
    void write(List<Table<?>> tables, Path folder, Path file) throws IOException;
}
