package dev.rewards.terms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.terms.TermsDiff.Change;
import dev.rewards.terms.TermsDiff.Change.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PR5: announcing a new version of the program: what changes for members, in the terms' own words. */
class TermsDiffTest {
    static final Program V1 = RewardsJson.readProgram(Path.of("../rewards-examples/data/brewhouse/program.json"));

    /** Version 2: base earning doubled, gold from 300.00 EUR, the spring campaign gone, a summer multiplier added. */
    static Program v2() {
        ObjectNode p = (ObjectNode) RewardsJson.parse(RewardsJson.write(V1));
        p.put("version", 2);
        ((ObjectNode) p.path("earnRules").path(0)).put("points", 2);
        ((ObjectNode) p.path("tiering").path("tiers").path(1)).put("threshold", "300.00");
        ArrayNode campaigns = (ArrayNode) p.path("vouchers").path("campaigns");
        for (int i = 0; i < campaigns.size(); i++) if (campaigns.get(i).path("id").asText().equals("spring-beans")) campaigns.remove(i);
        ((ArrayNode) p.path("earnRules")).add(RewardsJson.parse("{\"kind\": \"multiplier\", \"id\": \"summer-tea\", \"factor\": \"3\","
                + " \"scope\": {\"includeCategories\": [\"tea\"]}}"));
        return RewardsJson.readProgram(p);
    }

    @Test
    void each_change_is_told_once_in_its_section_with_what_it_was() {
        List<Change> changes = TermsDiff.between(V1, v2());

        assertThat(changes).contains(
                new Change("Earning points", Kind.CHANGED, Optional.of("**base**: 1 point for every 1.00 EUR spent on everything except gift-cards."),
                        Optional.of("**base**: 2 points for every 1.00 EUR spent on everything except gift-cards.")),
                new Change("Earning points", Kind.ADDED, Optional.empty(), Optional.of("**summer-tea**: points on tea are multiplied by 3.")));
        assertThat(changes).filteredOn(c -> c.section().equals("Tiers") && c.kind() == Kind.CHANGED).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).hasValueSatisfying(b -> assertThat(b).startsWith("tier gold: from 250.00 EUR"));
                    assertThat(c.after()).hasValueSatisfying(a -> assertThat(a).startsWith("tier gold: from 300.00 EUR"));
                });
        assertThat(changes).filteredOn(c -> c.kind() == Kind.REMOVED).anySatisfy(c -> assertThat(c.before().orElseThrow())
                .contains("10% off beans this spring"));
        // nothing else moved: the unchanged rules, tiers and points rules are not mentioned
        assertThat(changes).noneMatch(c -> c.after().orElse("").contains("big-basket") || c.before().orElse("").contains("big-basket"));
        assertThat(changes).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void the_notice_reads_as_plain_markdown_and_says_when_nothing_changes() {
        String notice = TermsDiff.markdown(V1, v2());
        assertThat(notice).startsWith("# brewhouse: what changes from version 1 to version 2")
                .contains("## Earning points", "- Now: **base**: 2 points for every 1.00 EUR spent on everything except gift-cards. (before: **base**: 1 point",
                        "- New: **summer-tea**", "- No longer: ");

        assertThat(TermsDiff.between(V1, V1)).isEmpty();
        assertThat(TermsDiff.markdown(V1, V1)).contains("Nothing changes for members");
    }
}
