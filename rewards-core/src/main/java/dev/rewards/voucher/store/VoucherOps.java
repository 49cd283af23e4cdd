package dev.rewards.voucher.store;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.VoucherCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the stores share for V9 operations and S4: argument checks, the recorded form of an operation, the reasons. */
final class VoucherOps {
    private VoucherOps() {
    }

    /**
     * An operation as recorded under its id, to tell a retry from another operation reusing the id:
     * the kind, its subject (a code or a transaction id), the amount and the members.
     */
    record Recorded(VoucherChange.Kind kind, String subject, String amount, String from, String to) {
        void sameAs(String operationId, Recorded asked) {
            if (!equals(asked)) {
                throw new InvalidInputException(List.of(new Problem("operationId", "operation id '" + operationId
                        + "' was used for another operation (" + kind + "); give each operation its own id")));
            }
        }
    }

    static Recorded topUp(String code, Money amount) {
        return new Recorded(VoucherChange.Kind.TOP_UP, VoucherCodes.normalize(code), amount.toString(), null, null);
    }

    static Recorded giveBack(String transactionId, Money amount) {
        return new Recorded(VoucherChange.Kind.GIVE_BACK, transactionId, amount.toString(), null, null);
    }

    static Recorded transfer(String code, String from, String to) {
        return new Recorded(VoucherChange.Kind.TRANSFER, VoucherCodes.normalize(code), null, from, to);
    }

    static void checkTopUp(String operationId, String code, Money amount) {
        Checks checks = Checks.start().hostId(operationId, "operationId");
        if (checks.present(code, "code")) checks.require(VoucherCodes.isWellFormed(code), "code", "is not a well-formed code: " + VoucherCodes.mask(code));
        if (checks.present(amount, "amount")) checks.positive(amount.amount(), "amount");
        checks.throwIfAny(InvalidInputException::new);
    }

    static void checkGiveBack(String refundId, String transactionId, Money amount) {
        Checks checks = Checks.start().hostId(refundId, "refundId").hostId(transactionId, "transactionId");
        if (checks.present(amount, "amount")) checks.positive(amount.amount(), "amount");
        checks.throwIfAny(InvalidInputException::new);
    }

    static void checkTransfer(String operationId, String code, String from, String to) {
        Checks checks = Checks.start().hostId(operationId, "operationId").hostId(from, "fromMember").hostId(to, "toMember");
        if (checks.present(code, "code")) checks.require(VoucherCodes.isWellFormed(code), "code", "is not a well-formed code: " + VoucherCodes.mask(code));
        if (from != null && from.equals(to)) checks.add("toMember", "is the member the voucher belongs to already");
        checks.throwIfAny(InvalidInputException::new);
    }

    static void checkTrigger(String triggerId) {
        Checks.start().hostId(triggerId, "triggerId").throwIfAny(InvalidInputException::new);
    }

    static Reason unknownCode(String code) {
        return Reason.of(ReasonCode.UNKNOWN_CODE, "code " + VoucherCodes.mask(code) + " is not issued");
    }

    static Reason notGift(String code) {
        return Reason.of(ReasonCode.NOT_A_GIFT_VOUCHER, "code " + VoucherCodes.mask(code) + " is not a gift voucher: it holds no balance to top up");
    }

    static Reason otherCurrency(String code, Money balance, Money amount) {
        return Reason.of(ReasonCode.CURRENCY_MISMATCH, "gift voucher " + VoucherCodes.mask(code) + " holds " + balance.currency()
                + ", not " + amount.currency());
    }

    static Reason notHolder(String code, String from, String holder) {
        return Reason.of(ReasonCode.NOT_ISSUED_TO_MEMBER, "code " + VoucherCodes.mask(code)
                + (holder == null ? " is not bound to a member" : " is not " + from + "'s to pass on"));
    }

    static Reason noGiftPayment(String transactionId) {
        return Reason.of(ReasonCode.UNKNOWN_PURCHASE, "transaction " + transactionId + " paid with no gift voucher");
    }

    static Reason reversed(String transactionId) {
        return Reason.of(ReasonCode.ALREADY_REFUNDED, "transaction " + transactionId + " was reversed whole");
    }

    static Reason tooMuch(String transactionId, Money left, Money amount) {
        return Reason.of(ReasonCode.NOTHING_LEFT, "transaction " + transactionId + " has " + left + " paid with gift vouchers left to give back, less than "
                + amount);
    }

    /**
     * Spreads {@code amount} over what each code paid and still has to give back, in code order; null
     * when the left amounts are short of it.
     */
    static Map<String, Money> spread(Map<String, Money> left, Money amount) {
        Map<String, Money> out = new LinkedHashMap<>();
        Money rest = amount;
        for (Map.Entry<String, Money> e : new java.util.TreeMap<>(left).entrySet()) {
            if (!rest.isPositive()) break;
            if (!e.getValue().isPositive()) continue;
            Money take = e.getValue().min(rest);
            out.put(e.getKey(), take);
            rest = rest.minus(take);
        }
        return rest.isPositive() ? null : out;
    }

    static Money total(Map<String, Money> amounts, Money zero) {
        Money sum = Objects.requireNonNull(zero);
        for (Money m : amounts.values()) sum = sum.plus(m);
        return sum;
    }

    /** S4: a pseudonym for a forgotten member, unlinkable to the id. */
    static String pseudonym() {
        return "forgotten-" + java.util.UUID.randomUUID();
    }
}
