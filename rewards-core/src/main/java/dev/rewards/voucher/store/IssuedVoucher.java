package dev.rewards.voucher.store;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import dev.rewards.transaction.VoucherCodes;
import java.util.Optional;

/**
 * A generated code handed out (V3): its campaign, the member it belongs to (empty: whoever holds it),
 * for a gift voucher its starting balance, and (V8) the channel it was sent through ({@code email},
 * {@code sms}, {@code app}, {@code print}, {@code api}, {@code portal}, or the host's own), so that
 * redemption rates can be read per channel ({@link VoucherStore#channels}).
 *
 * <p>Immutable and thread-safe.
 */
public record IssuedVoucher(String code, String campaignId, Optional<String> memberId, Optional<Money> balance, Optional<String> channel) {
    private static final java.util.regex.Pattern CHANNEL = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** Without a channel. */
    public IssuedVoucher(String code, String campaignId, Optional<String> memberId, Optional<Money> balance) {
        this(code, campaignId, memberId, balance, Optional.empty());
    }

    public IssuedVoucher {
        memberId = memberId == null ? Optional.empty() : memberId;
        channel = channel == null ? Optional.empty() : channel;
        balance = balance == null ? Optional.empty() : balance;
        Checks checks = Checks.start();
        if (checks.present(code, "code")) {
            code = VoucherCodes.normalize(code);
            checks.require(VoucherCodes.isWellFormed(code), "code", "is not a well-formed code: " + VoucherCodes.mask(code));
        }
        checks.id(campaignId, "campaignId");
        memberId.ifPresent(m -> checks.require(!m.isBlank() && m.length() <= Checks.MAX_MEMBER_ID, "memberId",
                "must be 1 to " + Checks.MAX_MEMBER_ID + " characters, was " + m.length()));
        balance.ifPresent(b -> checks.positive(b.amount(), "balance"));
        channel.ifPresent(c -> checks.require(CHANNEL.matcher(c).matches(), "channel", "is 1 to 40 lower-case letters, digits or '-'"
                + " (email, sms, app, print, api, portal), was '" + c + "'"));
        checks.throwIfAny(InvalidInputException::new);
    }

    public static IssuedVoucher bearer(String code, String campaignId) {
        return new IssuedVoucher(code, campaignId, Optional.empty(), Optional.empty());
    }

    public static IssuedVoucher to(String memberId, String code, String campaignId) {
        return new IssuedVoucher(code, campaignId, Optional.of(memberId), Optional.empty());
    }

    public static IssuedVoucher giftCard(String code, String campaignId, Money balance) {
        return new IssuedVoucher(code, campaignId, Optional.empty(), Optional.of(balance));
    }

    /** V8: the same voucher, sent through {@code channel}. */
    public IssuedVoucher via(String channel) {
        return new IssuedVoucher(code, campaignId, memberId, balance, Optional.of(channel));
    }

    @Override
    public String toString() {
        return "IssuedVoucher[" + VoucherCodes.mask(code) + ", " + campaignId + memberId.map(m -> ", to " + m).orElse("")
                + balance.map(b -> ", balance " + b).orElse("") + channel.map(c -> ", via " + c).orElse("") + "]";
    }
}
