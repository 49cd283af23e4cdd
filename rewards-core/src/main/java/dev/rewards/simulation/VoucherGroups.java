package dev.rewards.simulation;

import dev.rewards.account.Operation;
import dev.rewards.program.Program;
import dev.rewards.voucher.VoucherCampaign;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which members must be replayed together because their purchases share voucher state (V3, V6, D8):
 * a code with a limit per code, a gift voucher's balance, an issued code, a campaign with a budget.
 * Each purchase names the keys it touches; members that share a key, directly or through others, form
 * one group (union-find on the driver, over the distinct member-key pairs only). Everyone else is a
 * group of one, replayed alone. Used by {@link SortedSimulation} and by the Spark module. Stateless.
 */
public final class VoucherGroups {
    private VoucherGroups() {
    }

    /** The shared voucher state a member's operation may touch. */
    public static List<String> keys(Program program, Operation op) {
        if (!(op instanceof Operation.Purchase)) return List.of();
        Operation.Purchase p = (Operation.Purchase) op;
        List<String> keys = new ArrayList<>();
        for (String code : p.transaction().vouchers()) {
            Optional<VoucherCampaign> c = program.vouchers().campaignWithCode(code);
            if (c.isEmpty()) {
                keys.add("code:" + code); // an issued (or unknown) code: its uses and balance are the code's
            } else if (c.get().budget().isPresent()) {
                keys.add("campaign:" + c.get().id());
            } else if (c.get().usesPerCode().isPresent() || !c.get().benefit().isDiscount()) {
                keys.add("code:" + code);
            }
        }
        for (VoucherCampaign c : program.vouchers().campaigns()) {
            if (c.automatic() && c.budget().isPresent()) keys.add("campaign:" + c.id());
        }
        return keys;
    }

    /** Each member that shares a key with another, mapped to its group's name (a member of it); the others are not in the map. */
    public static Map<String, String> groups(java.util.Collection<Map.Entry<String, String>> memberKeys) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> firstWithKey = new HashMap<>();
        for (Map.Entry<String, String> mk : memberKeys) {
            parent.putIfAbsent(mk.getKey(), mk.getKey());
            String first = firstWithKey.putIfAbsent(mk.getValue(), mk.getKey());
            if (first != null) union(parent, first, mk.getKey());
        }
        Map<String, String> group = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (String m : parent.keySet()) sizes.merge(root(parent, m), 1, Integer::sum);
        for (String m : parent.keySet()) {
            String r = root(parent, m);
            if (sizes.get(r) > 1) group.put(m, r);
        }
        return group;
    }

    private static String root(Map<String, String> parent, String m) {
        String r = m;
        while (!parent.get(r).equals(r)) r = parent.get(r);
        String x = m;
        while (!parent.get(x).equals(r)) {
            String next = parent.get(x);
            parent.put(x, r);
            x = next;
        }
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        // the smaller id names the group, so that the grouping does not depend on the order of the pairs
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) parent.put(rb, ra);
            else parent.put(ra, rb);
        }
    }
}
