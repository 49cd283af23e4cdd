package dev.rewards.account.store;

import dev.rewards.account.AccountResult;
import dev.rewards.account.MemberAccount;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** An {@link AccountStore} in memory: compare-and-set per member, so members never wait for each other. */
public final class InMemoryAccountStore implements AccountStore {
    private final ConcurrentHashMap<String, MemberAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<MemberAccount> load(String memberId) {
        return Optional.ofNullable(accounts.get(memberId));
    }

    @Override
    public boolean create(MemberAccount account) {
        return accounts.putIfAbsent(account.memberId(), account) == null;
    }

    @Override
    public AccountResult update(String memberId, Function<MemberAccount, AccountResult> step) {
        while (true) {
            MemberAccount before = accounts.get(memberId);
            if (before == null) throw new NoSuchElementException("no account for member '" + memberId + "'");
            AccountResult result = step.apply(before);
            AccountStore.checkSameMember(memberId, result);
            if (result.account() == before || accounts.replace(memberId, before, result.account())) return result;
        }
    }

    @Override
    public Optional<MemberAccount> forget(String memberId) {
        return Optional.ofNullable(accounts.remove(memberId));
    }
}
