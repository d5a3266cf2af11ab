package org.newsquotes.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsquotes.load.LoadRules;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.validate.Rules;
import org.newsquotes.schema.TableRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quotes rules}: lists every rule that {@code quotes validate} applies. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP},
        description = "List every rule that validate applies: id, severity and what it checks.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--markdown", description = "Write a Markdown table (as in RULES.md) instead of plain text.")
    private boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? markdown(catalogue()) : text(catalogue()));
        out.flush();
        return ExitCodes.OK;
    }

    /** Every rule: the loader's, the dataset rules, then the rules for exported tables. */
    static List<RuleDescriptor> catalogue() {
        return Rules.catalogue(LoadRules.ALL, TableRules.ALL);
    }

    /** One paragraph per rule: {@code id (severity)}, then the description indented. */
    static String text(List<RuleDescriptor> rules) {
        StringBuilder text = new StringBuilder();
        for (RuleDescriptor rule : rules) {
            text.append(rule.id()).append(" (").append(rule.severity().label()).append(")\n    ")
                    .append(rule.description()).append('\n');
        }
        return text.toString();
    }

    /** The Markdown page RULES.md: a heading, a sentence on how to run the checks, and a table. */
    static String markdown(List<RuleDescriptor> rules) {
        StringBuilder text = new StringBuilder("# Validation rules\n\n")
                .append("Every rule that `quotes validate` applies, as `quotes rules --markdown` prints it. Errors fail"
                        + " validation; warnings fail it only with `--warnings-as-errors`. Rules starting with `row.`"
                        + " apply to exported tables (`quotes validate exports/quotes.jsonl`).\n\n")
                .append("| id | severity | what it checks |\n|---|---|---|\n");
        for (RuleDescriptor rule : rules) {
            text.append("| `").append(rule.id()).append("` | ").append(rule.severity().label()).append(" | ")
                    .append(rule.description().replace("|", "\\|")).append(" |\n");
        }
        return text.toString();
    }
}
