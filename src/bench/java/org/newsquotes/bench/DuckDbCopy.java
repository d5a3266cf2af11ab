package org.newsquotes.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The comparison of bench/run.sh: DuckDB (JDBC, in-process) copying a JSON Lines file to a zstd Parquet
 * file with a plain {@code COPY (SELECT * FROM read_json(…)) TO …}. Arguments: the input, the output.
 */
public final class DuckDbCopy {

    private DuckDbCopy() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            throw new IllegalArgumentException("give the JSON Lines input and the Parquet output");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * FROM read_json(" + literal(args[0]) + ")) TO " + literal(args[1])
                    + " (FORMAT parquet, COMPRESSION zstd)");
        }
    }

    private static String literal(String path) {
        return "'" + Path.of(path).toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
