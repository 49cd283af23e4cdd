package dev.rewards.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Referral;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.Verdict;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.reason.Reason;
import dev.rewards.scenario.ScenarioResult.Mismatch;
import dev.rewards.scenario.ScenarioResult.StepResult;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs a {@link Scenario}: one account per member (their tier and totals as of the first step; their
 * referral code is their id in capitals), each step applied in order, referral codes on events
 * honoured, effects on other members applied, then each written expectation compared.
 */
final class ScenarioRunner {
    private ScenarioRunner() {
    }

    static ScenarioResult run(Scenario scenario) {
        Accounts accounts = new Accounts(Rewards.compile(scenario.program()), new InMemoryVoucherStore());
        Instant first = scenario.steps().stream().map(s -> s.operation().at()).min(Instant::compareTo).orElse(Instant.EPOCH);
        Map<String, MemberAccount> byMember = new LinkedHashMap<>();
        for (MemberState m : scenario.members()) {
            byMember.put(m.id(), accounts.importState(m, first, Optional.of(m.id().toUpperCase(Locale.ROOT))));
        }
        List<StepResult> results = new ArrayList<>();
        for (Scenario.Step step : scenario.steps()) {
            Operation op = step.operation();
            List<Reason> referral = List.of();
            if (op instanceof Operation.Event e && e.event().referralCode().isPresent()) referral = Referral.byCode(accounts, byMember, e.event()).refused();
            MemberAccount before = byMember.get(op.memberId());
            AccountResult r = accounts.apply(before, op);
            byMember.put(op.memberId(), r.account());
            for (MemberEvent effect : r.effects()) {
                byMember.put(effect.memberId(), accounts.applyEffect(byMember.get(effect.memberId()), effect).account());
            }
            results.add(check(scenario, step, before, r, referral));
        }
        return new ScenarioResult(scenario, results);
    }

    private static StepResult check(Scenario scenario, Scenario.Step step, MemberAccount before, AccountResult r, List<Reason> referral) {
        List<Mismatch> out = new ArrayList<>();
        Optional<Outcome> outcome = r.outcome();
        MemberAccount account = r.account();
        Instant at = step.operation().at();
        String own = ownSource(step.operation());
        for (Map.Entry<String, JsonNode> e : step.expect().entrySet()) {
            String field = e.getKey();
            JsonNode want = e.getValue();
            switch (field) {
                case "points" -> {
                    long actual = r.events().stream().filter(x -> x.type() == AccountEvent.Type.POINTS_EARNED
                            && x.detail().filter(own::equals).isPresent()).mapToLong(AccountEvent::points).sum();
                    if (want.asLong() != actual || !want.canConvertToLong()) out.add(new Mismatch(field, want.asText(), Long.toString(actual)));
                }
                case "cashback" -> money(out, field, want, outcome.map(Outcome::cashback));
                case "discount" -> money(out, field, want, outcome.map(Outcome::discount));
                case "toPay" -> money(out, field, want, outcome.map(Outcome::toPay));
                case "value" -> money(out, field, want, r.value());
                case "tier" -> {
                    String actual = account.tier().orElse("none");
                    if (!want.asText().equals(actual)) out.add(new Mismatch(field, want.asText(), actual));
                }
                case "upgraded" -> {
                    var tiering = scenario.program().tiering();
                    boolean actual = account.tier().map(tiering::rank).orElse(-1) > before.tier().map(tiering::rank).orElse(-1);
                    if (want.asBoolean() != actual) out.add(new Mismatch(field, want.asText(), Boolean.toString(actual)));
                }
                case "applied" -> {
                    for (JsonNode id : want) {
                        Optional<Verdict> v = outcome.flatMap(o -> o.verdict(id.asText()));
                        if (v.isEmpty() || !v.get().applied()) {
                            out.add(new Mismatch("applied." + id.asText(), "applied", v.map(x -> "not applied: " + x.reasons()).orElse("no such rule")));
                        }
                    }
                }
                case "notApplied" -> want.properties().forEach(w -> {
                    Optional<Verdict> v = outcome.flatMap(o -> o.verdict(w.getKey()));
                    boolean ok = v.isPresent() && !v.get().applied() && v.get().reasons().stream().anyMatch(x -> x.code().name().equals(w.getValue().asText()));
                    if (!ok) {
                        out.add(new Mismatch("notApplied." + w.getKey(), "not applied: " + w.getValue().asText(), v.map(x -> (x.applied() ? "applied " : "not applied ")
                                + x.reasons().stream().map(y -> y.code().name()).toList()).orElse("no such rule")));
                    }
                });
                case "vouchers" -> want.properties().forEach(w -> {
                    Optional<VoucherResult> v = outcome.flatMap(o -> o.voucher(w.getKey()).or(() -> o.campaign(w.getKey())));
                    String actual = v.map(x -> x.applied() ? "applied" : x.reasons().stream().map(y -> y.code().name()).collect(Collectors.joining(",")))
                            .orElse("not presented");
                    // one reason code, or a list of codes that must all be among the reasons
                    List<String> wanted = new ArrayList<>();
                    if (w.getValue().isArray()) w.getValue().forEach(x -> wanted.add(x.asText()));
                    else wanted.add(w.getValue().asText());
                    boolean ok = wanted.equals(List.of("applied")) ? actual.equals("applied") : List.of(actual.split(",")).containsAll(wanted);
                    if (!ok) out.add(new Mismatch("vouchers." + w.getKey(), String.join(",", wanted), actual));
                });
                case "storeCredit" -> money(out, field, want, Optional.of(account.credit().balance().subtract(account.credit().owed()))
                        .map(b -> Money.of(b, scenario.program().currency(), java.math.RoundingMode.UNNECESSARY)));
                case "pendingCashback" -> money(out, field, want, Optional.of(Money.of(account.credit().pendingTotal(),
                        scenario.program().currency(), java.math.RoundingMode.UNNECESSARY)));
                case "available" -> number(out, field, want, account.available(at));
                case "pending" -> number(out, field, want, account.pending(at));
                case "events" -> {
                    List<String> actual = r.events().stream().map(x -> x.type().name()).toList();
                    for (JsonNode t : want) if (!actual.contains(t.asText())) out.add(new Mismatch("events", "to include " + t.asText(), actual.toString()));
                }
                case "rejected" -> {
                    List<String> actual = new ArrayList<>();
                    referral.forEach(x -> actual.add(x.code().name()));
                    r.rejected().forEach(x -> actual.add(x.code().name()));
                    List<String> wanted = new ArrayList<>();
                    want.forEach(x -> wanted.add(x.asText()));
                    if (!actual.containsAll(wanted) || (wanted.isEmpty() && !actual.isEmpty())) {
                        out.add(new Mismatch(field, wanted.toString(), actual.toString()));
                    }
                }
                case "badges" -> {
                    List<String> actual = account.badges().stream().map(b -> b.badge()).toList();
                    for (JsonNode b : want) if (!actual.contains(b.asText())) out.add(new Mismatch("badges", "to include " + b.asText(), actual.toString()));
                }
                default -> out.add(new Mismatch(field, want.toString(), "(unknown expectation)"));
            }
        }
        return new StepResult(step.name(), out, explain(r, referral));
    }

    /** The ledger source an operation's own points are booked under; empty for the kinds that book none of their own. */
    private static String ownSource(Operation op) {
        return op.accept(new Operation.Cases<>() {
            @Override
            public String purchase(Operation.Purchase p) {
                return "purchase:" + p.id();
            }

            @Override
            public String event(Operation.Event e) {
                return "event:" + e.id();
            }

            @Override
            public String refund(Operation.Return r) {
                return "";
            }

            @Override
            public String redeemPoints(Operation.RedeemPoints r) {
                return "";
            }

            @Override
            public String redeemReward(Operation.RedeemReward r) {
                return "";
            }

            @Override
            public String spendCredit(Operation.SpendCredit s) {
                return "";
            }

            @Override
            public String assignTier(Operation.AssignTier a) {
                return "";
            }

            @Override
            public String referred(Operation.Referred r) {
                return "";
            }

            @Override
            public String advance(Operation.Advance a) {
                return "";
            }

            @Override
            public String adjust(Operation.Adjust a) {
                return "adjustment:" + a.id();
            }
        });
    }

    private static void money(List<Mismatch> out, String field, JsonNode want, Optional<Money> actual) {
        if (actual.isEmpty()) {
            out.add(new Mismatch(field, want.asText(), "(none: not a purchase)"));
            return;
        }
        BigDecimal expected;
        try {
            expected = new BigDecimal(want.asText());
        } catch (NumberFormatException e) {
            out.add(new Mismatch(field, want.asText(), "(not a number) " + actual.get().amount().toPlainString()));
            return;
        }
        if (expected.compareTo(actual.get().amount()) != 0) out.add(new Mismatch(field, want.asText(), actual.get().amount().toPlainString()));
    }

    private static void number(List<Mismatch> out, String field, JsonNode want, long actual) {
        if (!want.canConvertToLong() || want.asLong() != actual) out.add(new Mismatch(field, want.asText(), Long.toString(actual)));
    }

    private static String explain(AccountResult r, List<Reason> referral) {
        StringBuilder b = new StringBuilder();
        r.outcome().ifPresent(o -> b.append(o.explain()));
        if (!r.events().isEmpty()) {
            b.append("Account events:\n");
            r.events().forEach(e -> b.append("  ").append(e).append('\n'));
        }
        referral.forEach(x -> b.append("Referral refused: ").append(x).append('\n'));
        r.rejected().forEach(x -> b.append("Refused: ").append(x).append('\n'));
        if (r.duplicate()) b.append("Already applied: nothing changed\n");
        return b.toString();
    }
}
