package dev.rewards.voucher;

import dev.rewards.transaction.VoucherCodes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * M4: tells a till, without a network, whether a code of an authenticated campaign was made by the
 * holder of the campaign's keys. The code's MAC group is a key id and the first {@code macLength}
 * base-N digits of HMAC-SHA256(key, campaign id, prefix, random characters); a forger without the key
 * hits a valid MAC once in {@link CodePattern#forgeryOdds()} tries. The check character comes first,
 * so a typo reads as {@link Status#MISTYPED}, not as a forgery.
 *
 * <p>Authentic is not unused: a till offline accepts an authentic code on trust and the store's
 * redemption, once the till syncs, still enforces per-code limits exactly once. Immutable and
 * thread-safe.
 */
public final class CodeAuthenticator {
    /** What a code is. */
    public enum Status {
        /** Made with a key this till holds. */
        AUTHENTIC,
        /** Not of the campaign's shape, or its check character is wrong: a typo most likely. */
        MISTYPED,
        /** Signed with a key id this till does not hold (retired, or not yet delivered). */
        UNKNOWN_KEY,
        /** Well formed, but its MAC is not the key's: not made by the key holder. */
        FORGED
    }

    private final String campaignId;
    private final CodePattern pattern;
    private final CodeKeys keys;

    public CodeAuthenticator(String campaignId, CodePattern pattern, CodeKeys keys) {
        this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.keys = Objects.requireNonNull(keys, "keys");
        if (!pattern.authenticated()) throw new IllegalArgumentException("campaign " + campaignId + "'s codes carry no MAC (macLength 0)");
        if (pattern.alphabet().indexOf(keys.current()) < 0) {
            throw new IllegalArgumentException("key id " + keys.current() + " is not in the code alphabet " + pattern.alphabet());
        }
    }

    /** The authenticator of a campaign whose pattern has a MAC. */
    public static CodeAuthenticator of(VoucherCampaign campaign, CodeKeys keys) {
        return new CodeAuthenticator(campaign.id(), campaign.codes().orElseThrow(() ->
                new IllegalArgumentException("campaign " + campaign.id() + " generates no codes")), keys);
    }

    public CodePattern pattern() {
        return pattern;
    }

    public String campaignId() {
        return campaignId;
    }

    /** Whether the code is authentic, mistyped, signed with a key not held here, or forged. */
    public Status verify(String code) {
        String[] parts = pattern.parse(code);
        if (parts == null) return Status.MISTYPED;
        char id = parts[1].charAt(0);
        if (!keys.has(id)) return Status.UNKNOWN_KEY;
        byte[] expected = mac(id, parts[0]).getBytes(StandardCharsets.US_ASCII);
        byte[] given = parts[1].substring(1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Status.AUTHENTIC : Status.FORGED;
    }

    /** The MAC group (current key id, then the MAC) for the random characters of a new code. */
    String macGroup(String randomChars) {
        return keys.current() + mac(keys.current(), randomChars);
    }

    private String mac(char keyId, String randomChars) {
        byte[] digest;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(keys.key(keyId), "HmacSHA256"));
            String message = campaignId + '\u0000' + pattern.prefix() + '\u0000' + VoucherCodes.normalize(randomChars);
            digest = hmac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        // 128 bits of the digest as base-N digits: the bias of the modulo is below 2^-100 for any MAC length allowed
        BigInteger value = new BigInteger(1, Arrays.copyOf(digest, 16));
        BigInteger n = BigInteger.valueOf(pattern.alphabet().length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.macLength(); i++) {
            BigInteger[] qr = value.divideAndRemainder(n);
            out.append(pattern.alphabet().charAt(qr[1].intValueExact()));
            value = qr[0];
        }
        return out.toString();
    }

    /**
     * M4 offline: the snapshot a till evaluates with while its store is out of reach: each presented
     * code that one of {@code authenticators} finds authentic, as an unused code of that campaign
     * (limits are enforced when the till syncs its redemptions). Other codes stay unknown. Gift
     * balances cannot be known offline, so gift cards are not taken this way.
     */
    public static VoucherSnapshot offlineSnapshot(Collection<String> presented, List<CodeAuthenticator> authenticators) {
        List<VoucherStatus> statuses = new ArrayList<>();
        for (String p : presented) {
            for (CodeAuthenticator a : authenticators) {
                if (a.verify(p) != Status.AUTHENTIC) continue;
                statuses.add(new VoucherStatus(VoucherCodes.normalize(p), Optional.of(a.campaignId), Optional.empty(), 0, Optional.empty()));
                break;
            }
        }
        return VoucherSnapshot.of(statuses, Map.of());
    }

    @Override
    public String toString() {
        return "CodeAuthenticator[" + campaignId + ", " + keys + "]";
    }
}
