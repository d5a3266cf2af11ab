package org.newsquotes.evaluate;

/** Predictions that cannot be read or scored; the message is one line naming the file, the place and the fix. */
public final class PredictionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message {@code file:line: error: what; the fix} */
    public PredictionException(String message) {
        super(message);
    }
}
