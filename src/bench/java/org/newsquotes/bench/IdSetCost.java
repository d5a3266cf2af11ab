package org.newsquotes.bench;

import org.newsquotes.validate.table.IdSet;

/**
 * The memory of the uniqueness check's id set, per million ids of the generated corpus's shape
 * ({@code d123-q4567}), from 1 to 10 million ids: the one part of the bulk pipeline's memory that
 * grows with the file. Run by bench/run.sh.
 */
public final class IdSetCost {

    private IdSetCost() {
    }

    public static void main(String[] args) {
        IdSet ids = new IdSet();
        System.out.println("| ids | id set MB | MB per million ids |");
        System.out.println("|---|---|---|");
        StringBuilder id = new StringBuilder();
        for (int n = 1; n <= 10_000_000; n++) {
            id.setLength(0);
            int document = (n - 1) / 10_000;
            int quote = (n - 1) % 10_000;
            id.append('d').append(document < 100 ? (document < 10 ? "00" : "0") : "").append(document).append("-q")
                    .append(quote < 1000 ? (quote < 100 ? (quote < 10 ? "000" : "00") : "0") : "").append(quote);
            ids.add(id.toString());
            if (n % 1_000_000 == 0) {
                double mb = ids.bytesUsed() / 1e6;
                System.out.printf(java.util.Locale.ROOT, "| %d | %.1f | %.1f |%n", n, mb, mb / (n / 1_000_000));
            }
        }
    }
}
