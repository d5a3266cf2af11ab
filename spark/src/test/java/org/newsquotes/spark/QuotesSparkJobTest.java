package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.spark.DuckDb.literal;
import static org.newsquotes.spark.DuckDb.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsquotes.schema.Tables;

/**
 * The job's inputs (line ends, CSV, folders), outputs (partitions) and exit codes, each against what the
 * command line says of the same files or against a hand-made expectation.
 */
class QuotesSparkJobTest {

    private static final Path DIR = Path.of("target/job");
    /** A generated file of 300 rows, a tenth of them invalid. */
    private static final Path ROWS = DIR.resolve("rows/quotes.jsonl");
    /** Its rows with four publication months and three outlets (the generator gives one of each to 10,000 rows). */
    private static final Path VARIED = DIR.resolve("varied/quotes.jsonl");

    /** A later key's message: the key, then the file and line of its first row. */
    private static final Pattern FIRST_ROW = Pattern.compile("quote_id \"([^\"]+)\" is already the key of the row at (.+):(\\d+)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void generate() throws IOException, InterruptedException {
        Tests.deleteTree(DIR);
        Files.createDirectories(ROWS.getParent());
        assertThat(SharedSpark.quotes("generate", "--records", "300", "--seed", "11", "--invalid-rate", "0.1",
                "--output", ROWS.toString()).code()).isZero();
        List<String> rows = lines(ROWS);
        List<String> varied = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            varied.add(rows.get(i).replace("\"published_date\":\"2022-01-01\"", "\"published_date\":\"2022-0" + (1 + i % 4)
                    + "-01\"").replace("\"outlet_id\":\"outlet-0\"", "\"outlet_id\":\"outlet-" + i % 3 + "\""));
        }
        Files.createDirectories(VARIED.getParent());
        Files.write(VARIED, varied, StandardCharsets.UTF_8);
    }

    /** The violations that {@code quotes validate} reports for {@code files}, in its order. */
    private static List<String> validate(String... files) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(List.of(files));
        SharedSpark.Run run = SharedSpark.quotes(args.toArray(String[]::new));
        return run.out().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
    }

    /** The violations the job wrote to {@code folder} as Parquet, as the command prints them. */
    private static List<String> violations(Path folder) throws SQLException {
        return query("SELECT file || ':' || coalesce(CAST(line AS VARCHAR), '') || ': ' || severity || ': [' || rule"
                + " || '] ' || message FROM read_parquet(" + literal(folder.resolve("*.parquet").toString())
                + ", filename = true, file_row_number = true) ORDER BY filename, file_row_number");
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void countsLinesAsTheCommandDoesWhateverTheLineEndsAndSplits() throws Exception {
        List<String> rows = lines(ROWS).subList(0, 60);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String[] ends = {"\n", "\r\n", "\r", "\n \t\n", "\r\n\r\n", "\n\n"};
        for (int i = 0; i < rows.size(); i++) {
            bytes.writeBytes(rows.get(i).getBytes(StandardCharsets.UTF_8));
            if (i < rows.size() - 1) {
                bytes.writeBytes(ends[i % ends.length].getBytes(StandardCharsets.UTF_8));
            }
        }
        Path file = DIR.resolve("ends/quotes.jsonl");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes.toByteArray());
        List<String> expected = validate(file.toString());

        SharedSpark.Run run = withSplitBytes(1000, () -> SharedSpark.job(file.toString(), "--violations",
                DIR.resolve("ends/violations").toString()));

        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(violations(DIR.resolve("ends/violations"))).containsExactlyElementsOf(expected);
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void stopsAFileAtBytesThatAreNotUtf8AndWritesNoRowsAsTheCommandDoes() throws Exception {
        List<String> rows = lines(ROWS).subList(0, 40);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < rows.size(); i++) {
            byte[] row = rows.get(i).getBytes(StandardCharsets.UTF_8);
            if (i == 25) {
                row[row.length - 3] = (byte) 0xFF;
            }
            bytes.writeBytes(row);
            bytes.write('\n');
        }
        Path file = DIR.resolve("utf8/quotes.jsonl");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes.toByteArray());
        List<String> expected = validate(file.toString());

        SharedSpark.Run run = withSplitBytes(500, () -> SharedSpark.job(file.toString(), "--output",
                DIR.resolve("utf8/out").toString(), "--violations", DIR.resolve("utf8/violations").toString()));

        // The command names the column of the bad byte too; the violations table has no place for it.
        List<String> withoutColumn = expected.stream().map(l -> l.replaceFirst("^([^:]+:\\d+):\\d+:", "$1:")).toList();
        assertThat(withoutColumn.get(withoutColumn.size() - 1)).startsWith(file + ":26: error: [row.file.unreadable]");
        assertThat(violations(DIR.resolve("utf8/violations"))).containsExactlyElementsOf(withoutColumn);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("export refused: " + file + " could not be read to its end");
        assertThat(Files.exists(DIR.resolve("utf8/out"))).isFalse();
    }

    @Test
    void checksCsvFilesWholeWithTheirHeaderAndQuotedLineEnds() throws Exception {
        Path exported = DIR.resolve("csv-export");
        assertThat(SharedSpark.quotes("export", "--input", ROWS.toString(), "--output", exported.toString(), "--format",
                "csv").code()).isEqualTo(1);
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(exported.resolve("quotes.csv"), StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        List<String> header = records.get(0).getParser().getHeaderNames();
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (int i = 0; i < 30; i++) {
                List<String> values = new ArrayList<>(records.get(i).toList());
                switch (i) {
                    case 3 -> values.set(header.indexOf("note"), "a note\non two lines");
                    case 5 -> values.set(header.indexOf("kind"), "ful");
                    case 9 -> values.set(header.indexOf("char_start"), "x12");
                    case 14 -> values.set(header.indexOf("quote_id"), records.get(2).get("quote_id"));
                    default -> { }
                }
                printer.printRecord(values);
            }
        }
        Path file = DIR.resolve("csv/quotes.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        List<String> expected = validate(file.toString());

        SharedSpark.Run run = SharedSpark.job(file.toString(), "--output", DIR.resolve("csv/out").toString(),
                "--violations", DIR.resolve("csv/violations").toString());

        assertThat(expected).hasSize(3).anyMatch(l -> l.contains(": error: [row.id.unique]"));
        assertThat(violations(DIR.resolve("csv/violations"))).containsExactlyElementsOf(expected);
        assertThat(query("SELECT count(*) FROM read_parquet(" + literal(DIR.resolve("csv/out/*.parquet").toString())
                + ") WHERE note = 'a note' || chr(10) || 'on two lines'")).containsExactly("1");
        assertThat(run.out()).contains("(27 rows)");
        assertThat(run.err()).contains("3 invalid rows left out of the export");
    }

    @Test
    void readsAFolderAsOneTableWhoseKeysAreUniqueAcrossItsFilesAndSkipsHiddenOnes() throws Exception {
        Path folder = DIR.resolve("folder");
        Files.createDirectories(folder.resolve("b"));
        List<String> rows = lines(ROWS);
        List<String> first = rows.subList(0, 150);
        // A later file that repeats fifty rows of the earlier one, keys and all, before rows of its own.
        List<String> second = new ArrayList<>(rows.subList(100, 150));
        second.addAll(rows.subList(150, 300));
        Files.write(folder.resolve("a.jsonl"), first, StandardCharsets.UTF_8);
        Files.write(folder.resolve("b/c.jsonl"), second, StandardCharsets.UTF_8);
        Files.write(folder.resolve("_SUCCESS"), new byte[0]);
        Files.write(folder.resolve(".hidden.jsonl"), List.of("{"), StandardCharsets.UTF_8);
        // The truth: the command on the two files joined into one, where keys are unique across both.
        Path joined = DIR.resolve("folder-joined/quotes.jsonl");
        Files.createDirectories(joined.getParent());
        List<String> joinedRows = new ArrayList<>(first);
        joinedRows.addAll(second);
        Files.write(joined, joinedRows, StandardCharsets.UTF_8);
        List<String> expected = validate(joined.toString()).stream()
                .map(l -> placeAndRule(l, joined.toString(), folder, first.size())).toList();
        SharedSpark.Run cliExport = SharedSpark.quotes("export", "--input", joined.toString(), "--output",
                DIR.resolve("folder-joined/out").toString());

        SharedSpark.Run run = SharedSpark.job(folder.toString(), "--output", DIR.resolve("folder-out").toString(),
                "--violations", DIR.resolve("folder-violations").toString());

        List<String> reported = violations(DIR.resolve("folder-violations"));
        assertThat(reported.stream().map(l -> placeAndRule(l, null, folder, 0)).toList())
                .containsExactlyElementsOf(expected);
        List<String> acrossFiles = reported.stream().filter(l -> l.contains("is already the key of the row at ")).toList();
        assertThat(acrossFiles).hasSizeGreaterThan(40).allMatch(l -> l.startsWith(folder + "/b/c.jsonl:"));
        for (String line : acrossFiles) {
            Matcher m = FIRST_ROW.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            assertThat(m.group(2)).isEqualTo(folder + "/a.jsonl");
            String firstRow = first.get(Integer.parseInt(m.group(3)) - 1);
            assertThat(JSON.readTree(firstRow).path("quote_id").asText()).isEqualTo(m.group(1));
        }
        assertThat(run.out()).contains(cliExport.out().substring(cliExport.out().lastIndexOf(" (")));
        assertThat(run.err()).contains(" in 2 files");
    }

    /**
     * A report line's place and rule, {@code FILE:LINE [rule]}; a line of the joined file {@code joined} is placed in
     * the folder's file it came from: its first {@code firstRows} lines are a.jsonl's, the rest b/c.jsonl's.
     */
    private static String placeAndRule(String line, String joined, Path folder, int firstRows) {
        Matcher m = Pattern.compile("^(.*):(\\d+):(?:\\d+:)? \\w+: \\[([^\\]]+)\\]").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        String file = m.group(1);
        int at = Integer.parseInt(m.group(2));
        if (file.equals(joined)) {
            file = at <= firstRows ? folder + "/a.jsonl" : folder + "/b/c.jsonl";
            at = at <= firstRows ? at : at - firstRows;
        }
        return file + ":" + at + " [" + m.group(3) + "]";
    }

    @Test
    void partitionsByMonthKeepingEveryColumnInEachFile() throws Exception {
        Path out = DIR.resolve("by-month");
        SharedSpark.Run run = SharedSpark.job(VARIED.toString(), "--output", out.toString(), "--partition-by",
                "published_date:month");
        Path plain = DIR.resolve("plain");
        SharedSpark.job(VARIED.toString(), "--output", plain.toString());

        assertThat(run.code()).isEqualTo(1);
        String partitioned = "read_parquet(" + literal(out.resolve("*/*.parquet").toString()) + ", hive_partitioning = true)";
        assertThat(query("SELECT count(*) FROM " + partitioned + " WHERE published_date_month"
                + " <> strftime(published_date, '%Y-%m')")).containsExactly("0");
        assertThat(query("SELECT count(DISTINCT published_date_month) FROM " + partitioned).get(0)).isNotEqualTo("1");
        String plainRows = "read_parquet(" + literal(plain.resolve("*.parquet").toString()) + ")";
        assertThat(query("SELECT count(*) FROM (SELECT * EXCLUDE (published_date_month) FROM " + partitioned
                + " EXCEPT ALL SELECT * FROM " + plainRows + ")")).containsExactly("0");
        assertThat(query("SELECT count(*) FROM " + partitioned)).isEqualTo(query("SELECT count(*) FROM " + plainRows));
        Path oneFile;
        try (var files = Files.walk(out)) {
            oneFile = files.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        assertThat(oneFile.getParent().getFileName().toString()).matches("published_date_month=2022-\\d\\d");
        assertThat(query("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(" + literal(oneFile.toString())
                + ", hive_partitioning = false))")).containsExactlyElementsOf(Tables.QUOTES.columnNames());
    }

    @Test
    void partitionsByAColumnInAFolderLevelOfItsOwnName() throws Exception {
        Path out = DIR.resolve("by-outlet");
        SharedSpark.job(VARIED.toString(), "--output", out.toString(), "--partition-by", "outlet_id");

        String partitioned = "read_parquet(" + literal(out.resolve("*/*.parquet").toString()) + ", hive_partitioning = true)";
        assertThat(query("SELECT count(*) FROM " + partitioned + " WHERE outlet_id_part <> outlet_id")).containsExactly("0");
        assertThat(query("SELECT count(DISTINCT outlet_id_part) FROM " + partitioned).get(0)).isNotEqualTo("1");
    }

    @Test
    void exitsWithTwoOnOneLineForBadUsage() {
        assertUsage(SharedSpark.job(), "quotes-spark: error: no input; give .jsonl or .csv files or folders of them");
        assertUsage(SharedSpark.job(ROWS.toString(), "--bogus"), "quotes-spark: error: unknown option --bogus; see --help");
        assertUsage(SharedSpark.job(ROWS.toString(), "--table", "nope"), "quotes-spark: error: --table nope: no such"
                + " table; the tables are " + Tables.names());
        assertUsage(SharedSpark.job(ROWS.toString(), "--output", DIR.resolve("x").toString(), "--partition-by",
                "text:month"), "quotes-spark: error: --partition-by text:month: text is not a date; by month or year"
                + " takes a date column");
        assertUsage(SharedSpark.job("target/job/missing.jsonl"), "quotes-spark: error: target/job/missing.jsonl: no"
                + " such file or folder");
        assertUsage(SharedSpark.job(ROWS.toString(), "--output", ROWS.getParent().toString()), "quotes-spark: error:"
                + " --output " + ROWS.getParent() + " exists; give a folder that does not, so that nothing is overwritten");
    }

    private static void assertUsage(SharedSpark.Run run, String message) {
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + "\n");
    }

    @Test
    void exitsWithZeroForValidRowsForHelpOrWhenToldToOnlyReport() throws Exception {
        Path valid = DIR.resolve("valid/quotes.jsonl");
        Files.createDirectories(valid.getParent());
        assertThat(SharedSpark.quotes("generate", "--records", "50", "--seed", "3", "--output", valid.toString())
                .code()).isZero();

        SharedSpark.Run clean = SharedSpark.job(valid.toString());
        SharedSpark.Run reportOnly = SharedSpark.job(ROWS.toString(), "--report-only");
        SharedSpark.Run invalid = SharedSpark.job(ROWS.toString());

        SharedSpark.Run help = SharedSpark.job("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: spark-submit --class org.newsquotes.spark.QuotesSparkJob")
                .contains("--partition-by COLUMN[:month|:year]").contains("Exit codes: 0 valid, 1 invalid data");
        assertThat(clean.code()).isZero();
        assertThat(clean.err()).isEqualTo("0 errors, 0 warnings in 1 file\n");
        assertThat(reportOnly.code()).isZero();
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(reportOnly.err()).isEqualTo(invalid.err()).matches("[1-9]\\d* errors, 0 warnings in 1 file\n");
    }

    /** Runs {@code job} with JSON Lines files cut into splits of at most {@code bytes} bytes. */
    private static SharedSpark.Run withSplitBytes(long bytes, java.util.function.Supplier<SharedSpark.Run> job) {
        Configuration conf = SharedSpark.session().sparkContext().hadoopConfiguration();
        String key = "mapreduce.input.fileinputformat.split.maxsize";
        String before = conf.get(key);
        conf.setLong(key, bytes);
        try {
            return job.get();
        } finally {
            conf.set(key, before);
        }
    }
}
