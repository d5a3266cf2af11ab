package org.newsquotes.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.ReadLimits;
import org.newsquotes.schema.Violation;

/**
 * Reads one YAML file into a tree of {@link YamlNode}s that remember where each value starts, and
 * reports duplicate keys, which Jackson's own tree model would silently merge.
 */
final class YamlTreeReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(ReadLimits.constraints()).build();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private final Consumer<Violation> problems;

    YamlTreeReader(Consumer<Violation> problems) {
        this.problems = problems;
    }

    /**
     * The file's tree, or empty when the file is not well-formed (the problem has been reported).
     *
     * @param file the file to read
     * @param shownAs the file's name as shown in locations
     */
    Optional<YamlNode> read(Path file, String shownAs) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder);
                JsonParser parser = FACTORY.createParser(reader)) {
            if (parser.nextToken() == null) {
                problems.accept(LoadRules.YAML.violation(new Location(shownAs, 1, 1), null, null,
                        "file is empty; expected a YAML mapping"));
                return Optional.empty();
            }
            YamlNode root = readValue(parser, shownAs);
            if (parser.nextToken() != null) {
                problems.accept(LoadRules.YAML.violation(location(parser, shownAs), null, null,
                        "a second YAML document starts here; a dataset file holds exactly one"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (CharacterCodingException e) {
            problems.accept(LoadRules.YAML.violation(Location.ofFile(shownAs), null, null,
                    "file is not valid UTF-8; save it as UTF-8"));
        } catch (JsonProcessingException e) {
            problems.accept(LoadRules.YAML.violation(syntaxErrorLocation(e, shownAs), null, null,
                    "not well-formed YAML: " + syntaxErrorDescription(e.getOriginalMessage())));
        }
        return Optional.empty();
    }

    private YamlNode readValue(JsonParser parser, String shownAs) throws IOException {
        Location start = location(parser, shownAs);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyLocation = location(parser, shownAs);
                parser.nextToken();
                YamlNode value = readValue(parser, shownAs);
                YamlNode.Entry first = entries.get(key);
                if (first == null) {
                    entries.put(key, new YamlNode.Entry(keyLocation, value));
                } else {
                    problems.accept(LoadRules.FIELD_DUPLICATE.violation(keyLocation, null, key,
                            "duplicate field " + Messages.quoted(key) + "; it is already set at line "
                                    + first.keyLocation().line() + ". Keep one of the two"));
                }
            }
            return new YamlNode.Mapping(start, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser, shownAs));
            }
            return new YamlNode.Sequence(start, items);
        }
        return new YamlNode.Scalar(start, token, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    private static Location location(JsonParser parser, String shownAs) {
        JsonLocation where = parser.currentTokenLocation();
        return new Location(shownAs, where.getLineNr(), where.getColumnNr());
    }

    /**
     * Where the YAML parser found the problem: the last "line L, column C" mark in its message,
     * which is more precise than the location the exception reports.
     */
    private static Location syntaxErrorLocation(JsonProcessingException e, String shownAs) {
        Matcher mark = MARK.matcher(String.valueOf(e.getOriginalMessage()));
        Location found = null;
        while (mark.find()) {
            found = new Location(shownAs, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
        }
        if (found != null) {
            return found;
        }
        JsonLocation where = e.getLocation();
        return where == null || where.getLineNr() < 1
                ? Location.ofFile(shownAs)
                : new Location(shownAs, where.getLineNr(), Math.max(1, where.getColumnNr()));
    }

    /** The parser's description lines, without its marks and the snippets it quotes. */
    private static String syntaxErrorDescription(String message) {
        if (message == null) {
            return "unknown syntax error";
        }
        String description = message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining("; "));
        return description.isEmpty() ? "unknown syntax error" : description;
    }
}
