package org.newsquotes.testing;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An in-memory DuckDB database: the independent reader of the exports in the tests. */
public final class DuckDb implements AutoCloseable {

    private final Connection connection;

    /** A new, empty in-memory database. */
    public DuckDb() throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** The rows of {@code sql}; a SQL array becomes a {@code List}. */
    public List<List<Object>> rows(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof Array array ? Arrays.asList((Object[]) array.getArray()) : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The one value of {@code sql}, which returns one row of one column. */
    public Object value(String sql) throws SQLException {
        List<List<Object>> rows = rows(sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("expected one value from " + sql + ", got " + rows);
        }
        return rows.get(0).get(0);
    }

    /** The rows of {@code sql} as {@code column → value} pairs of the first two columns. */
    public List<String> strings(String sql) throws SQLException {
        return rows(sql).stream().map(r -> r.get(0) + " " + r.get(1)).toList();
    }

    /** {@code path} as a SQL string literal. */
    public static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace('\\', '/').replace("'", "''") + "'";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
