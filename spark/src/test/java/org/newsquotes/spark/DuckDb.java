package org.newsquotes.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** DuckDB in memory: the independent reader of what the job and the command line write. */
final class DuckDb {

    private DuckDb() {
    }

    /** The rows of {@code sql}, each as its columns' values joined by " | " (null as "null"). */
    static List<String> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? " | " : "").append(result.getString(c));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    /** A file path or glob as a DuckDB string literal. */
    static String literal(String path) {
        return "'" + path.replace("'", "''") + "'";
    }
}
