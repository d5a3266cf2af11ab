package org.newsquotes.site;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.model.Agreement;
import org.newsquotes.model.Claim;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.ClaimPosition;
import org.newsquotes.model.Document;
import org.newsquotes.model.Units;

/**
 * The page of one claim group: its verdict, its positions, and each member claim with its outlet, text
 * and value, grouped by the position it takes. Which members disagree is what the dataset records (the
 * group's agreement and each claim's position), never inferred from the values.
 *
 * @param id the group's id
 * @param statement what the claim is about
 * @param agreement the group's verdict: agree, partial or disagree
 * @param disagreement whether the members do not all agree, so that the positions are shown apart
 * @param note what each member says, or "not given"
 * @param positions the group's positions, in the dataset's order, each with its members
 */
public record ClaimGroupPage(String id, String statement, String agreement, boolean disagreement, String note,
        List<Position> positions) {

    public ClaimGroupPage {
        positions = List.copyOf(positions);
    }

    /**
     * One position and the members that take it.
     *
     * @param id the position's id
     * @param statement what its members say
     * @param colourClass its CSS class, {@code p0}, {@code p1}…
     * @param members the claims that take it, by document then in text order
     */
    public record Position(String id, String statement, String colourClass, List<Member> members) {

        public Position {
            members = List.copyOf(members);
        }
    }

    /**
     * One member claim.
     *
     * @param claim the claim's id
     * @param href its place in its document's page
     * @param document its document's id
     * @param outlet the name of the outlet that first published it
     * @param text its verbatim text
     * @param value its value and unit, or "not given"
     * @param normalised its value in the normalised unit, or "not given"
     */
    public record Member(String claim, String href, String document, String outlet, String text, String value,
            String normalised) {
    }

    /** The page of {@code group}. */
    static ClaimGroupPage of(ClaimGroup group, Lookup lookup) {
        List<Claim> members = lookup.claims().stream().filter(c -> group.id().equals(c.claimGroup())).toList();
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < group.positions().size(); i++) {
            ClaimPosition position = group.positions().get(i);
            List<Member> taking = members.stream().filter(c -> position.id().equals(c.position()))
                    .map(c -> member(c, lookup)).toList();
            positions.add(new Position(position.id(), position.statement(), "p" + i, taking));
        }
        return new ClaimGroupPage(group.id(), group.statement(), group.agreement().code(),
                group.agreement() != Agreement.AGREE, Field.of("", group.note()).value(), positions);
    }

    private static Member member(Claim c, Lookup lookup) {
        Document d = lookup.document(c.documentId());
        String value = c.value() == null ? null : c.value().toPlainString() + " " + c.unit();
        String normalised = c.value() == null ? null : Units.of(c.unit())
                .map(u -> u.apply(c.value()).stripTrailingZeros().toPlainString() + " " + u.normalised().code())
                .orElse(null);
        return new Member(c.id(), Lookup.recordLink(d.id(), c.id()), d.id(), lookup.outletName(lookup.originalOutlet(c)),
                c.text(), Field.of("", value).value(), Field.of("", normalised).value());
    }
}
