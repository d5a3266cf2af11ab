package org.newsquotes.load;

import java.util.List;
import org.newsquotes.model.Dataset;
import org.newsquotes.schema.Violation;

/**
 * What the loader read and the problems it found. Records with problems in required fields are left
 * out of the dataset; everything else is kept so that later rules can still check it.
 *
 * @param dataset the records that could be read
 * @param problems every problem found, in report order
 * @param filesRead how many files were read (registries, documents and sources)
 */
public record LoadResult(Dataset dataset, List<Violation> problems, int filesRead) {

    public LoadResult {
        problems = List.copyOf(problems);
    }
}
