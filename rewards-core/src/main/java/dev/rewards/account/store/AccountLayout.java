package dev.rewards.account.store;

import dev.rewards.account.MemberAccount;
import dev.rewards.json.AccountParts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each part of a stored account sits in {@code rewards_account_part}: list parts (lots, ledger
 * entries, qualifying records, cashback movements) by a sequence number that keeps their order, map parts (purchases,
 * applied ids) by their key. {@link #diff} turns the account a step returned into the rows to delete,
 * insert and update, so a write costs what the operation changed. Parts not changed by the step are
 * the same objects in the account after (accounts share them), so they are found by identity.
 * Immutable once built; thread-safe.
 */
final class AccountLayout {
    /** Room left between list parts written one after another, for parts later put between them. */
    static final long GAP = 1L << 20;

    /** The kinds of part: one letter in the table. */
    static final char LOT = 'L';
    static final char LEDGER = 'E';
    static final char QUALIFYING = 'Q';
    static final char PURCHASE = 'P';
    static final char APPLIED = 'I';
    static final char CREDIT = 'C';

    /** The sequence number of a delete that removes every part of its kind. */
    static final long ALL = Long.MIN_VALUE;

    /** One row of {@code rewards_account_part}; {@code item} is a map part's key (null for list parts). */
    record Part(char kind, long seq, String item, String body) {
    }

    /** What a write does: rows to delete (kind and seq), to insert and to update, and the layout after. */
    record Changes(List<Part> deletes, List<Part> inserts, List<Part> updates, AccountLayout after) {
        boolean isEmpty() {
            return deletes.isEmpty() && inserts.isEmpty() && updates.isEmpty();
        }
    }

    private final Map<Character, IdentityHashMap<Object, Long>> lists;
    private final Map<Character, Map<String, Long>> maps;

    AccountLayout(Map<Character, IdentityHashMap<Object, Long>> lists, Map<Character, Map<String, Long>> maps) {
        this.lists = lists;
        this.maps = maps;
    }

    static AccountLayout empty() {
        return new AccountLayout(Map.of(), Map.of());
    }

    /** The layout of an account just read: its lists' parts had these sequence numbers, in order; its map keys these. */
    static AccountLayout of(MemberAccount a, Map<Character, List<Long>> listSeqs, Map<Character, Map<String, Long>> mapSeqs) {
        Map<Character, IdentityHashMap<Object, Long>> lists = new HashMap<>();
        index(lists, LOT, a.lots(), listSeqs);
        index(lists, LEDGER, a.ledger(), listSeqs);
        index(lists, QUALIFYING, a.qualifying(), listSeqs);
        index(lists, CREDIT, a.credit().ledger(), listSeqs);
        return new AccountLayout(lists, Map.copyOf(mapSeqs));
    }

    /** Parts read from the table come first in each list (a whole account's own lists, written before parts, are new). */
    private static void index(Map<Character, IdentityHashMap<Object, Long>> lists, char kind, List<?> items, Map<Character, List<Long>> seqs) {
        List<Long> s = seqs.getOrDefault(kind, List.of());
        IdentityHashMap<Object, Long> m = new IdentityHashMap<>();
        int offset = items.size() - s.size();
        for (int i = 0; i < s.size(); i++) m.put(items.get(offset + i), s.get(i));
        lists.put(kind, m);
    }

    Changes diff(MemberAccount before, MemberAccount after) {
        List<Part> deletes = new ArrayList<>();
        List<Part> inserts = new ArrayList<>();
        List<Part> updates = new ArrayList<>();
        Map<Character, IdentityHashMap<Object, Long>> newLists = new HashMap<>();
        newLists.put(LOT, list(LOT, after.lots(), AccountParts::lot, deletes, inserts));
        newLists.put(LEDGER, list(LEDGER, after.ledger(), AccountParts::ledger, deletes, inserts));
        newLists.put(QUALIFYING, list(QUALIFYING, after.qualifying(), AccountParts::qualifying, deletes, inserts));
        newLists.put(CREDIT, list(CREDIT, after.credit().ledger(), AccountParts::credit, deletes, inserts));
        Map<Character, Map<String, Long>> newMaps = new HashMap<>();
        newMaps.put(PURCHASE, map(PURCHASE, before.purchases(), after.purchases(), AccountParts::purchase, deletes, inserts, updates));
        newMaps.put(APPLIED, map(APPLIED, before.processed(), after.processed(), AccountParts::applied, deletes, inserts, updates));
        return new Changes(deletes, inserts, updates, new AccountLayout(newLists, newMaps));
    }

    /** Known parts keep their number while their order holds; new ones get numbers between their neighbours. */
    private <T> IdentityHashMap<Object, Long> list(char kind, List<T> items, Function<T, String> json, List<Part> deletes, List<Part> inserts) {
        IdentityHashMap<Object, Long> old = lists.getOrDefault(kind, new IdentityHashMap<>());
        int n = items.size();
        long[] seq = new long[n];
        boolean[] known = new boolean[n];
        IdentityHashMap<Object, Long> now = new IdentityHashMap<>(n);
        boolean ordered = true;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            T item = items.get(i);
            // the same object twice in a list cannot keep one number: renumber
            if (now.put(item, 0L) != null) ordered = false;
            Long s = old.get(item);
            if (s == null) continue;
            known[i] = true;
            seq[i] = s;
            if (s <= previous) ordered = false;
            previous = s;
        }
        if (ordered) ordered = fillGaps(seq, known);
        if (!ordered) {
            // renumber the whole list: rare (only if parts were reordered, or a gap ran out)
            deletes.add(new Part(kind, ALL, null, null));
            for (int i = 0; i < n; i++) {
                now.put(items.get(i), (i + 1) * GAP);
                inserts.add(new Part(kind, (i + 1) * GAP, null, json.apply(items.get(i))));
            }
            return now;
        }
        for (int i = 0; i < n; i++) {
            now.put(items.get(i), seq[i]);
            if (!known[i]) inserts.add(new Part(kind, seq[i], null, json.apply(items.get(i))));
        }
        for (Map.Entry<Object, Long> e : old.entrySet()) if (!now.containsKey(e.getKey())) deletes.add(new Part(kind, e.getValue(), null, null));
        return now;
    }

    /** Numbers the runs of new parts between known ones; false when two known parts leave no room between them. */
    private static boolean fillGaps(long[] seq, boolean[] known) {
        int i = 0;
        while (i < seq.length) {
            if (known[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < seq.length && !known[j]) j++;
            boolean low = i > 0;
            boolean high = j < seq.length;
            int run = j - i;
            for (int k = 0; k < run; k++) {
                if (!low && !high) seq[i + k] = (k + 1) * GAP;
                else if (!high) seq[i + k] = seq[i - 1] + (k + 1) * GAP;
                else if (!low) seq[i + k] = seq[j] - (run - k) * GAP;
                else {
                    long step = (seq[j] - seq[i - 1]) / (run + 1);
                    if (step == 0) return false;
                    seq[i + k] = seq[i - 1] + (k + 1) * step;
                }
            }
            i = j;
        }
        return true;
    }

    private <V> Map<String, Long> map(char kind, Map<String, V> before, Map<String, V> after, java.util.function.BiFunction<String, V, String> json,
                                      List<Part> deletes, List<Part> inserts, List<Part> updates) {
        Map<String, Long> old = maps.getOrDefault(kind, Map.of());
        Map<String, Long> now = new HashMap<>();
        long next = 0;
        for (long s : old.values()) next = Math.max(next, s);
        for (Map.Entry<String, V> e : after.entrySet()) {
            Long s = old.get(e.getKey());
            if (s == null) {
                s = ++next;
                inserts.add(new Part(kind, s, e.getKey(), json.apply(e.getKey(), e.getValue())));
            } else {
                V was = before.get(e.getKey());
                if (was != e.getValue() && !e.getValue().equals(was)) updates.add(new Part(kind, s, e.getKey(), json.apply(e.getKey(), e.getValue())));
            }
            now.put(e.getKey(), s);
        }
        old.forEach((key, s) -> {
            if (!after.containsKey(key)) deletes.add(new Part(kind, s, key, null));
        });
        return now;
    }
}
