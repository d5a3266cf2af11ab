package org.newsquotes.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A closed set whose members are written in the dataset and the exports by a lower-case code
 * ({@code state-funded-broadcaster}), not by their Java name.
 */
public interface Coded {

    /** The code as written in the dataset and the exports. */
    String code();

    /** The member of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** Every code of {@code type}, in declaration order. */
    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
