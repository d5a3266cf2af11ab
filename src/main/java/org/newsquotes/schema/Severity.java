package org.newsquotes.schema;

import java.util.Locale;

/** How serious a violation is. Errors make validation fail; warnings do so only when asked to. */
public enum Severity {
    ERROR,
    WARNING;

    /** Lower-case name, as printed in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
