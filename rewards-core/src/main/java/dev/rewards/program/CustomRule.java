package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;

/**
 * The escape hatch: DRL written by the program's owner, evaluated in the same session against the
 * same facts as the built-in rules, for what the built-in kinds cannot say. The rules grant points by
 * inserting a {@code dev.rewards.rules.api.PointsGrant} naming this rule's {@code id}; see
 * {@code docs/custom-rules.md}. Compiled once per distinct text and cached.
 *
 * <p>Immutable and thread-safe.
 */
public record CustomRule(String id, String description, String drl) {

    public CustomRule {
        description = description == null ? "" : description;
        Checks checks = Checks.start().id(id, "id");
        if (checks.present(drl, "drl")) checks.require(!drl.isBlank(), "drl", Messages.blank());
        checks.throwIfAny(InvalidProgramException::new);
    }
}
