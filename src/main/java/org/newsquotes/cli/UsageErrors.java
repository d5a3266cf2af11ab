package org.newsquotes.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsquotes.schema.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a wrong command line is answered: its message, then a suggestion when a word looks like a
 * mistyped command or option, else where to find the command's options. The help itself is not
 * printed: its forty lines would push the message out of sight.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * Writes what is wrong with the command line, a suggestion when there is one, and where help is.
     *
     * @return the exit code
     */
    static int handle(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.print(e.getMessage() + "\n");
        Optional<String> option = mistypedOption(command, args);
        if (option.isPresent()) {
            err.print(option.get() + "\n");
        } else {
            UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.print("(" + command.getCommandSpec().qualifiedName() + " --help lists "
                + (command.getSubcommands().isEmpty() ? "its options" : "the commands") + ")\n");
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * What the first word of {@code args} that looks like a long option of {@code command} but is none
     * was probably meant to be, when an option is near enough. The words are looked at whatever the
     * error, since picocli reports an unknown option after one that takes several values
     * ({@code --input a.jsonl --fromat csv}) as a missing value, not as an unknown option.
     */
    private static Optional<String> mistypedOption(CommandLine command, String[] args) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.hidden()) {
                names.add(option.longestName());
            }
        }
        for (String word : args) {
            String typed = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            if (typed.startsWith("--") && command.getCommandSpec().findOption(typed) == null) {
                String suggestion = Messages.suggestion(typed, names);
                return suggestion.isEmpty() ? Optional.empty()
                        : Optional.of(typed + " is not an option of " + command.getCommandName() + suggestion);
            }
        }
        return Optional.empty();
    }
}
