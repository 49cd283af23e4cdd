package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.transaction.TransactionBuilder;
import dev.rewards.voucher.VoucherPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every worked example of a discount shape in docs/vouchers.md gives what the page says (D1-D4). */
class VoucherDocsTest {
    private static final Pattern BLOCK = Pattern.compile("```json\\n(\\{\"benefit\".*?)```", Pattern.DOTALL);

    @Test
    void every_worked_example_of_a_shape_gives_the_allocation_the_page_shows() throws IOException {
        String page = Files.readString(Path.of("../docs/vouchers.md"));
        Matcher m = BLOCK.matcher(page);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            JsonNode example = RewardsJson.parse(m.group(1));
            ObjectNode program = (ObjectNode) RewardsJson.parse(RewardsJson.write(VouchersTest.shop(VoucherPolicy.NONE)));
            ObjectNode campaign = program.putObject("vouchers").putArray("campaigns").addObject().put("id", "deal").put("automatic", true);
            campaign.set("benefit", example.get("benefit"));
            Program p = RewardsJson.readProgram(program.toString());

            TransactionBuilder basket = Fixtures.purchase();
            for (JsonNode l : example.get("lines")) {
                List<String> categories = new ArrayList<>();
                l.path("categories").forEach(c -> categories.add(c.asText()));
                if (categories.isEmpty()) categories.add("items");
                basket.line(l.get("id").asText(), "sku-" + l.get("id").asText(), l.get("unitPrice").asText(), l.get("quantity").asInt(),
                        categories.toArray(String[]::new));
            }
            VoucherResult deal = Rewards.compile(p).evaluate(Fixtures.member(), basket.build()).campaign("deal").orElseThrow();

            Map<String, String> actual = new TreeMap<>();
            for (Allocation a : deal.allocation()) actual.put(a.lineId(), a.amount().amount().toPlainString());
            Map<String, String> expected = new TreeMap<>();
            example.get("expect").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asText()));
            assertThat(actual).as("%s", example.get("benefit")).isEqualTo(expected);
            checked.add(example.get("benefit").get("type").asText());
        }
        assertThat(checked).contains("unitsOff", "buyXGetY", "bundlePrice", "amountOffEachLine").hasSizeGreaterThanOrEqualTo(7);
    }

    private static final Pattern CAMPAIGNS = Pattern.compile("```json\\n(\\{\"campaigns\".*?)```", Pattern.DOTALL);

    /** Examples with several campaigns (levels, D7): each campaign applies what the page says, and the order costs what it says. */
    @Test
    void every_worked_example_of_stacking_gives_the_amounts_the_page_shows() throws IOException {
        Matcher m = CAMPAIGNS.matcher(Files.readString(Path.of("../docs/vouchers.md")));
        int checked = 0;
        while (m.find()) {
            JsonNode example = RewardsJson.parse(m.group(1));
            ObjectNode program = (ObjectNode) RewardsJson.parse(RewardsJson.write(VouchersTest.shop(VoucherPolicy.NONE)));
            var campaigns = program.putObject("vouchers").putArray("campaigns");
            for (JsonNode c : example.get("campaigns")) campaigns.add(((ObjectNode) c.deepCopy()).put("automatic", true));
            Program p = RewardsJson.readProgram(program.toString());
            TransactionBuilder basket = Fixtures.purchase();
            for (JsonNode l : example.get("lines")) {
                List<String> categories = new ArrayList<>();
                l.path("categories").forEach(c -> categories.add(c.asText()));
                basket.line(l.get("id").asText(), "sku-" + l.get("id").asText(), l.get("unitPrice").asText(), l.get("quantity").asInt(),
                        categories.toArray(String[]::new));
            }
            if (example.has("shipping")) basket.shipping(Fixtures.eur(example.get("shipping").asText()));
            var outcome = Rewards.compile(p).evaluate(Fixtures.member(), basket.build());

            Map<String, String> applied = new TreeMap<>();
            for (VoucherResult v : outcome.appliedVouchers()) applied.put(v.campaignId().orElseThrow(), v.amount().amount().toPlainString());
            Map<String, String> expected = new TreeMap<>();
            example.get("expectApplied").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asText()));
            assertThat(applied).isEqualTo(expected);
            assertThat(outcome.toPay().amount().toPlainString()).isEqualTo(example.get("expectToPay").asText());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(1);
    }
}
