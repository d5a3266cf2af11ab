package org.newsquotes.cli;

import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The modes of a command whose options are declared in one argument group per mode (their help lists
 * them under the mode's heading), and the refusal of an option given in a mode it does not work in.
 * The command tells the mode from what it is given (a folder or files, {@code --input} or not) and
 * refuses the other mode's options with a message that names their mode; picocli's exclusive groups
 * would say only that two lists of options are mutually exclusive, without saying which mode was meant.
 */
final class Modes {

    private Modes() {
    }

    /**
     * Refuses the options given of the argument group that holds {@code member}.
     *
     * @param member an option of the mode not in use
     * @param mode that mode, as "(export --input FILE…)"
     * @param why why its options do not go with the mode in use
     * @throws ParameterException naming the first such option and its mode
     */
    static void refuse(CommandSpec spec, String member, String mode, String why) {
        ArgGroupSpec group = spec.findOption(member).group();
        ParseResult parsed = spec.commandLine().getParseResult();
        for (OptionSpec option : group.allOptionsNested()) {
            if (parsed.hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option.longestName() + " is an option of " + mode
                        + "; " + why);
            }
        }
    }
}
