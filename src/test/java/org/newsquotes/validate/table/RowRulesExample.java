package org.newsquotes.validate.table;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The example of README.md's section on checking rows from another engine, as code that runs. */
final class RowRulesExample {

    private RowRulesExample() {
    }

    /** Checks {@code lines} of a quotes file and one row of named values, printing what is wrong. */
    static void run(List<String> lines, PrintStream out) {
        // README example start
        RowRules rules = RowRules.forTable("quotes");          // cheap; one per thread
        for (int i = 0; i < lines.size(); i++) {
            RowRules.Checked row = rules.check(lines.get(i), i + 1);
            row.violations().forEach(v -> out.println(v.toCompilerStyle("quotes.jsonl")));
            String key = row.key();                             // group by it: keys must be unique
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("quote_id", "d001-q01");
        values.put("char_start", 24);
        rules.check(values, 7).violations().forEach(v -> out.println(v.rule() + " " + v.column()));
        // README example end
    }
}
