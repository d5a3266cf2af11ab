package org.newsquotes.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsquotes.model.Claim;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.ClaimPosition;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Violation;

/**
 * Who says what in a claim group, so that the group's agreement can be read from the data and not
 * only from its note:
 * <ul>
 * <li>{@code claim.position.in-group}: a claim in a claim group names one of that group's
 * positions.</li>
 * <li>{@code claim.position.without-group}: a claim without a claim group has no position; a
 * position only means something among the other members.</li>
 * <li>{@code claim-group.position.taken}: every position of a group is taken by at least one member
 * claim; an untaken position is usually a typo in the claim that should name it. Checked only when
 * every record loaded.</li>
 * </ul>
 * Position ids follow {@code id.pattern} and are unique within their group ({@code id.unique}).
 */
public final class ClaimPositionRules implements Rule {

    /** A member claim with no position, or one its group does not have. */
    public static final RuleDescriptor IN_GROUP = new RuleDescriptor("claim.position.in-group", Severity.ERROR,
            "A claim in a claim group names one of that group's positions.");

    /** A position on a claim outside any group. */
    public static final RuleDescriptor WITHOUT_GROUP = new RuleDescriptor("claim.position.without-group",
            Severity.ERROR, "A claim without a claim group has no position.");

    /** A position no member claim takes. */
    public static final RuleDescriptor TAKEN = new RuleDescriptor("claim-group.position.taken", Severity.ERROR,
            "Every position of a claim group is taken by at least one of its member claims. Checked only when every"
                    + " record loaded.");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(IN_GROUP, WITHOUT_GROUP, TAKEN);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        Map<String, ClaimGroup> groups = new HashMap<>();
        dataset.claimGroups().forEach(g -> groups.putIfAbsent(g.id(), g));
        Set<String> taken = new HashSet<>();
        for (Document d : dataset.documents()) {
            for (Claim c : d.claims()) {
                claim(c, groups.get(c.claimGroup()), violations);
                taken.add(c.claimGroup() + " " + c.position());
            }
        }
        for (ClaimGroup g : dataset.claimGroups()) {
            for (ClaimPosition p : g.positions()) {
                if (!taken.contains(g.id() + " " + p.id())) {
                    violations.accept(TAKEN.violation(p.origin().of("id"), g.id(), "positions", "position "
                            + p.id() + " of claim group " + g.id() + " is taken by no claim; name it in the"
                            + " position of a member claim, or remove it"));
                }
            }
        }
    }

    private static void claim(Claim c, ClaimGroup group, Consumer<Violation> violations) {
        if (c.claimGroup() == null) {
            if (c.position() != null) {
                violations.accept(WITHOUT_GROUP.violation(c.origin().of("position"), c.id(), "position", "claim "
                        + c.id() + " has position " + Messages.quoted(c.position()) + " but no claim group; set"
                        + " claim_group, or position: null"));
            }
            return;
        }
        if (group == null) {
            return; // reference.unresolved reports the group
        }
        List<String> ids = group.positions().stream().map(ClaimPosition::id).toList();
        if (ids.isEmpty()) {
            violations.accept(IN_GROUP.violation(c.origin().of("position"), c.id(), "position", "claim " + c.id()
                    + " is in claim group " + group.id() + ", which has no positions; list them under the group's"
                    + " positions in claim-groups.yaml"));
        } else if (c.position() == null) {
            violations.accept(IN_GROUP.violation(c.origin().of("position"), c.id(), "position", "claim " + c.id()
                    + " is in claim group " + group.id() + " but has no position; name one of: "
                    + String.join(", ", ids)));
        } else if (!ids.contains(c.position())) {
            violations.accept(IN_GROUP.violation(c.origin().of("position"), c.id(), "position", "position "
                    + Messages.quoted(c.position()) + " of claim " + c.id() + " is not a position of claim group "
                    + group.id() + Messages.suggestion(c.position(), ids) + "; positions: " + String.join(", ", ids)));
        }
    }
}
