package dev.rewards.program;

/**
 * What a rule's minimum spend is read on (L-ids of the loyalty shapes; P1): the spend on the lines in
 * the rule's scope, or the whole basket (every line, shipping excluded) while the rule still earns on
 * its scope only. JSON: {@code "minimumOn": "ELIGIBLE_LINES"} (default) or {@code "BASKET"}.
 */
public enum MinimumOn {
    ELIGIBLE_LINES,
    BASKET
}
