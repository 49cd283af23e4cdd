package dev.rewards.reason;

/**
 * Why a rule did not apply, or what limited it (A1). Codes are stable: hosts may switch on them and
 * show their own wording; each {@link Reason} also carries an English message.
 */
public enum ReasonCode {
    /** The member was not enrolled at the transaction's instant (P4). */
    NOT_A_MEMBER,
    /** The transaction is before the rule's period starts. */
    BEFORE_PERIOD,
    /** The rule's period ended before the transaction. */
    AFTER_PERIOD,
    /** The rule applies on other days of the week. */
    DAY_NOT_ELIGIBLE,
    /** P10: the day is not one of the named calendar's the rule applies on, or is one of those it never applies on. */
    CALENDAR_NOT_ELIGIBLE,
    /** The transaction is outside the hours of the day the rule applies (a happy hour). */
    TIME_NOT_ELIGIBLE,
    /** The rule applies to other channels. */
    CHANNEL_NOT_ELIGIBLE,
    /** The rule applies in other stores. */
    STORE_NOT_ELIGIBLE,
    /** No line of the basket is in the rule's scope. */
    NO_ELIGIBLE_LINES,
    /** The eligible spend is below the rule's minimum; the shortfall says how much more. */
    BELOW_MINIMUM_SPEND,
    /** The eligible spend earns less than one whole point; the shortfall says how much more. */
    BELOW_ONE_POINT,
    /** The multiplier's lines earned no spend points to multiply. */
    NOTHING_TO_MULTIPLY,
    /** Under HIGHEST stacking, a higher multiplier applied on every line this one covers. */
    SUPERSEDED,
    /** The member has purchased before. */
    NOT_FIRST_PURCHASE,
    /** The member's tier does not get this benefit. */
    TIER_NOT_ELIGIBLE,
    /** Applied, but limited by the rule's cap per transaction (cashback); the message says what was not paid. */
    CAPPED,
    /** The cap was not reached; nothing was removed. */
    CAP_NOT_REACHED,
    /** A custom rule's conditions did not match. */
    CONDITIONS_NOT_MET,
    /** A custom rule closed this rule for the transaction, with a reason of its own. */
    CLOSED_BY_RULE,

    // ---- vouchers (V4, V5, V7)
    /** No campaign has this code and the voucher store does not know it. */
    UNKNOWN_CODE,
    /** The same code was presented twice on one transaction; it counts once. */
    DUPLICATE_CODE,
    /** The voucher was issued to another member. */
    NOT_ISSUED_TO_MEMBER,
    /** The voucher's validity window has not started. */
    NOT_YET_VALID,
    /** The voucher expired before the transaction. */
    EXPIRED,
    /** No line is sold by a vendor the voucher allows. */
    VENDOR_NOT_ELIGIBLE,
    /** The transaction falls in a blackout period (store-local time). */
    BLACKOUT,
    /** The voucher is valid only at certain hours of the day (a happy hour). */
    OUTSIDE_HOURS,
    /** The code has been redeemed as many times as it may be. */
    CODE_USED_UP,
    /** The member has used the campaign as many times as they may. */
    MEMBER_LIMIT_REACHED,
    /** L9: no unit of the catalogue reward is left in the stock. */
    OUT_OF_STOCK,
    /** D8: the campaign's budget (money or redemptions) is used up, or this discount would exceed what is left. */
    BUDGET_EXHAUSTED,
    /** The free item is not in the basket. */
    ITEM_NOT_IN_BASKET,
    /** The basket lacks the items a campaign's condition asks for (Q2); the shortfall says how many. */
    REQUIRED_ITEMS_MISSING,
    /** Fewer eligible units than the campaign's minimum quantity (Q1); the shortfall says how many more. */
    BELOW_MINIMUM_QUANTITY,
    /** A "stop here" earn rule before it in program order applied, so it adds nothing (L4). */
    STOPPED_BY_EARLIER_RULE,
    /** The member is in none of the segments a rule or voucher is for (E2). */
    SEGMENT_NOT_ELIGIBLE,
    /** L5: the rule is for the member's birthday or enrolment anniversary, and the transaction is outside it (or it is not known). */
    NOT_OCCASION,
    /** The order does not ship to a destination the campaign names. */
    DESTINATION_NOT_ELIGIBLE,
    /** The campaign is for a member's nth order, and this is not it (Q4). */
    NOT_NTH_ORDER,
    /** Too few eligible units for a deal on units (buy X get Y, a bundle); the shortfall says how many more. */
    TOO_FEW_ITEMS,
    /** The transaction has no shipping to make free. */
    NO_SHIPPING,
    /** A voucher whose money is in another currency than the basket (M3); the rest of the transaction is still decided. */
    CURRENCY_MISMATCH,
    /** A gift voucher with nothing left on it. */
    BALANCE_EMPTY,
    /** A top-up (V9) of a code that is not a gift voucher: it holds no balance. */
    NOT_A_GIFT_VOUCHER,
    /** Discounts before it in the order of application left nothing for this one to take off. */
    NOTHING_LEFT,
    /** The stacking policy chose another discount (an exclusive one, or the combination worth more). */
    NOT_COMBINABLE,

    // ---- accounts (P2, P6-P8)
    /** No action rule of the program rewards this event type. */
    ACTION_NOT_REWARDED,
    /** The member has had this action rewarded as many times as its rule allows (ever, or in the period). */
    ACTION_LIMIT_REACHED,
    /** A member cannot refer themselves. */
    SELF_REFERRAL,
    /** The member was referred before; a member is referred once. */
    ALREADY_REFERRED,
    /** The member has referred others, so being referred now could close a loop. */
    REFERRAL_LOOP,
    /** The referral code is not the referrer's. */
    UNKNOWN_REFERRAL_CODE,
    /** A refund names a purchase the account does not hold. */
    UNKNOWN_PURCHASE,
    /** A refund returns more units of a line than were bought and not yet returned, or names no line of the purchase. */
    ALREADY_REFUNDED,
    /** The member has fewer spendable points than the redemption needs. */
    NOT_ENOUGH_POINTS,
    /** The member's store credit is less than the amount to spend (C1). */
    NOT_ENOUGH_CREDIT,
    /** The program redeems points only in whole blocks, and this number is not one (L9). */
    NOT_A_WHOLE_BLOCK,
    /** Fewer points than the program's minimum for a redemption. */
    BELOW_MINIMUM_POINTS,
    /** The points would be worth more than the program's maximum per order, or than the order. */
    ABOVE_MAXIMUM_VALUE,
    /** The catalog has no such reward, or the program converts no points to money. */
    UNKNOWN_REWARD,
    /**
     * The operation is dated further before the account's clock than the program's history days: its
     * id may no longer be remembered, so it is refused rather than risk applying it twice (A3).
     */
    TOO_LATE
}
