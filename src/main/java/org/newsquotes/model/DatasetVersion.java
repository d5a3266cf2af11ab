package org.newsquotes.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The dataset's version, set once in the build and read from the packaged resource. */
public final class DatasetVersion {

    private static final String RESOURCE = "/org/newsquotes/quotes-version.properties";

    private DatasetVersion() {
    }

    /** The version, such as {@code 0.1.0}. */
    public static String current() {
        try (InputStream in = DatasetVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
