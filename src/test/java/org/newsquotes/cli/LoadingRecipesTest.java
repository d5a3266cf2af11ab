package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pandas recipes of docs/loading.md, run as written with Python and pandas (Debian's
 * python3-pandas, without pyarrow) on the committed exports: every table reads with the types that
 * datapackage.json declares, and a subset written back with the page's writers passes
 * {@code quotes validate} and holds exactly the rows it was cut from, read by Commons CSV.
 */
@Tag("python")
class LoadingRecipesTest {

    private static final Path PAGE = Path.of("docs/loading.md");
    private static final Pattern PYTHON = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL);

    /** What the test adds after the page's code: checks of the types, and the subsets written. */
    private static final String CHECKS = """
            import sys
            out = sys.argv[1]
            for name in ["quotes", "claims", "speakers", "outlets", "documents", "utterances", "claim_groups"]:
                for fmt in ["csv", "jsonl"]:
                    t = read_table(name, fmt=fmt)
                    with open(f"exports/datapackage.json", encoding="utf-8") as f:
                        fields = next(r for r in json.load(f)["resources"] if r["name"] == name)["schema"]["fields"]
                    for field in fields:
                        kind, column = field["type"], t[field["name"]]
                        if kind == "integer":
                            assert str(column.dtype) == "Int64", (name, fmt, field["name"], column.dtype)
                        elif kind == "date":
                            assert str(column.dtype) == "datetime64[ns]", (name, fmt, field["name"], column.dtype)
                        elif kind == "array":
                            assert column.map(lambda v: isinstance(v, list)).all(), (name, fmt, field["name"])
                        elif kind == "string":
                            assert column.map(lambda v: v is None or isinstance(v, str) or v != v).all(), (name, fmt, field["name"])
                    print(name, fmt, len(t))
            quotes = read_table("quotes")
            write_csv(quotes[quotes["outlet_id"] == "h-turner-blog"], f"{out}/quotes.csv")
            claims = read_table("claims", fmt="jsonl")
            write_jsonl(claims[claims["value"].notna()], f"{out}/claims.jsonl")
            speakers = read_table("speakers")
            write_csv(speakers, f"{out}/speakers.csv")
            write_jsonl(read_table("utterances", fmt="jsonl"), f"{out}/utterances.jsonl")
            """;

    @TempDir
    Path temp;

    @Test
    void theRecipesReadEveryTableWithItsTypesAndWriteSubsetsThatValidate() throws Exception {
        Path script = temp.resolve("recipes.py");
        Files.writeString(script, pageCode() + "\n" + CHECKS, StandardCharsets.UTF_8);
        Path out = Files.createDirectory(temp.resolve("out"));

        Process python = new ProcessBuilder(python(), script.toString(), out.toString()).redirectErrorStream(true)
                .start();
        String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(printed).isZero();
        assertThat(printed).contains("quotes csv " + rows("quotes"), "quotes jsonl " + rows("quotes"),
                "claim_groups jsonl " + rows("claim_groups"));

        StringWriter report = new StringWriter();
        int code = Main.run(new PrintWriter(report), new PrintWriter(report), "validate",
                out.resolve("quotes.csv").toString(), out.resolve("claims.jsonl").toString(),
                out.resolve("speakers.csv").toString(), out.resolve("utterances.jsonl").toString());
        assertThat(code).as(report.toString()).isZero();
        assertThat(report.toString()).contains("0 errors, 0 warnings in 4 files");

        List<List<String>> blog = new ArrayList<>();
        for (CSVRecord r : records(Path.of("exports/quotes.csv"))) {
            if (r.get("outlet_id").equals("h-turner-blog")) {
                blog.add(r.toList());
            }
        }
        assertThat(blog).isNotEmpty();
        assertThat(records(out.resolve("quotes.csv")).stream().map(CSVRecord::toList).toList()).isEqualTo(blog);
        assertThat(records(out.resolve("speakers.csv")).stream().map(CSVRecord::toList).toList())
                .isEqualTo(records(Path.of("exports/speakers.csv")).stream().map(CSVRecord::toList).toList());
    }

    /** The page's Python blocks but the Parquet one, which needs libraries the recipes do without. */
    private static String pageCode() throws IOException {
        Matcher m = PYTHON.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        StringBuilder code = new StringBuilder();
        while (m.find()) {
            if (!m.group(1).contains("read_parquet")) {
                code.append(m.group(1)).append('\n');
            }
        }
        assertThat(code).as("Python blocks of %s", PAGE).contains("def read_table", "def write_csv", "def write_jsonl");
        return code.toString();
    }

    private static long rows(String table) throws IOException {
        try (var lines = Files.lines(Path.of("exports", table + ".jsonl"))) {
            return lines.count();
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** Debian's python3, which python3-pandas installs for, unless QUOTES_PYTHON names another. */
    private static String python() {
        String chosen = System.getenv("QUOTES_PYTHON");
        if (chosen != null) {
            return chosen;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }
}
