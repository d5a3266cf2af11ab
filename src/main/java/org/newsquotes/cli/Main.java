package org.newsquotes.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.newsquotes.model.DatasetVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quotes}: validate and export the dataset of quotes and claims. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validate and export a dataset of quotes and claims from news coverage.",
        exitCodeList = {ExitCodes.VALID_HELP, ExitCodes.INVALID_HELP, ExitCodes.USAGE_HELP,
            ExitCodes.INTERNAL_BULK_HELP},
        subcommands = {ValidateCommand.class, ExportCommand.class, SiteCommand.class, EvaluateCommand.class,
            ExtractCommand.class, DraftCommand.class, RulesCommand.class, SchemasCommand.class,
            ColumnsCommand.class, DocsCommand.class, GenerateCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of internal errors.")
    private boolean verbose;

    private final Clock clock;

    private Main(Clock clock) {
        this.clock = clock;
    }

    /** What today is, for the commands that check dates. */
    Clock clock() {
        return clock;
    }

    /**
     * Said when the heap runs out where no pass can say more (see {@code HeapTooSmallException}): its
     * bytes are made at start, since by then making them may need memory there is not.
     */
    private static final byte[] OUT_OF_MEMORY = ("quotes: error: out of memory; run it again with a larger heap"
            + " (JAVA_OPTS=-Xmx1g bin/quotes …, or java -Xmx1g -jar quotes.jar …)\n")
            .getBytes(StandardCharsets.UTF_8);

    /** Memory held back until the heap runs out, so that saying so and stopping can be done then. */
    private static byte[] reserve = new byte[1 << 20];

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(out, err, args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            try {
                out.flush();
            } catch (OutOfMemoryError again) {
                // The report so far may stay unflushed; what follows must still be said.
            }
            System.err.write(OUT_OF_MEMORY, 0, OUT_OF_MEMORY.length);
            System.err.flush();
            // halt, not exit: exiting runs shutdown hooks and loads classes, which may need memory too.
            Runtime.getRuntime().halt(ExitCodes.INTERNAL);
            return;
        }
        System.exit(code);
    }

    /**
     * Runs the command line, writing to {@code out} and {@code err}.
     *
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Clock.systemUTC(), out, err, args);
    }

    /**
     * Runs the command line with {@code clock} as what today is, writing to {@code out} and {@code err}.
     *
     * @return the exit code
     */
    public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main(clock));
        applyToAll(commandLine, cmd -> cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n"));
        commandLine.setOut(out);
        commandLine.setErr(err);
        // A mistyped option after --input FILE… is an error, not one more file.
        commandLine.setUnmatchedOptionsAllowedAsOptionParameters(false);
        commandLine.setParameterExceptionHandler(UsageErrors::handle);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean verbose = false;
            for (CommandLine.ParseResult command = parsed; command != null; command = command.subcommand()) {
                verbose |= command.hasMatchedOption("--verbose");
            }
            PrintWriter errors = cmd.getErr();
            String failure = Failures.describe(e);
            if (failure != null && !verbose) {
                errors.print(failure + "\n");
                errors.flush();
                return ExitCodes.INTERNAL;
            }
            errors.print("quotes: internal error: " + e + "\n");
            if (verbose) {
                e.printStackTrace(errors);
            } else {
                errors.print("(run again with --verbose for the stack trace)\n");
            }
            errors.flush();
            return ExitCodes.INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static void applyToAll(CommandLine command, java.util.function.Consumer<CommandLine> action) {
        action.accept(command);
        command.getSubcommands().values().forEach(sub -> applyToAll(sub, action));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** Supplies {@code --version} from the packaged dataset version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"quotes " + DatasetVersion.current()};
        }
    }
}
