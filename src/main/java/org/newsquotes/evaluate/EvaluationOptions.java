package org.newsquotes.evaluate;

/**
 * Which of the dataset's quotes count.
 *
 * @param scare whether scare quotes (marks with nobody speaking) count
 * @param indirect whether indirect speech (reported speech without marks) counts
 */
public record EvaluationOptions(boolean scare, boolean indirect) {

    /** Every quote counts. */
    public static final EvaluationOptions ALL = new EvaluationOptions(true, true);

    /** A copy with scare quotes counted or not. */
    public EvaluationOptions withScare(boolean value) {
        return new EvaluationOptions(value, indirect);
    }

    /** A copy with indirect speech counted or not. */
    public EvaluationOptions withIndirect(boolean value) {
        return new EvaluationOptions(scare, value);
    }
}
