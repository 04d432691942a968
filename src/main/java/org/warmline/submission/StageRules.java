package org.warmline.submission;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warmline.platform.validation.ValidationException;
import org.warmline.platform.validation.Validator;

/** Which stage a move leads to, and which moves are refused; pure rules over the stage list. */
final class StageRules {
    static final Comparator<Stage> ORDER =
            Comparator.comparingInt(Stage::position).thenComparingLong(s -> s.id().value());
    private final List<Stage> stages;

    StageRules(List<Stage> activeStages) {
        this.stages = activeStages.stream().sorted(ORDER).toList();
    }

    /** The next in-progress stage after {@code from}; refused at the last one and when closed. */
    Stage next(Stage from) {
        requireInProgress(from);
        return stages.stream()
                .filter(s -> s.outcome() == StageOutcome.IN_PROGRESS && ORDER.compare(s, from) > 0)
                .findFirst().orElseThrow(() -> refuse("stage", "submission.error.lastStage"));
    }

    /** The in-progress stage before {@code from}; refused at the first one and when closed. */
    Stage previous(Stage from) {
        requireInProgress(from);
        return stages.stream()
                .filter(s -> s.outcome() == StageOutcome.IN_PROGRESS && ORDER.compare(s, from) < 0)
                .reduce((a, b) -> b)
                .orElseThrow(() -> refuse("stage", "submission.error.firstStage"));
    }

    /** The first active stage with a terminal outcome (Rejected, Withdrawn or Placed). */
    Stage terminal(StageOutcome outcome) {
        return stages.stream().filter(s -> s.outcome() == outcome).findFirst()
                .orElseThrow(() -> refuse("stage", "submission.error.noStage"));
    }

    /** The first in-progress stage, used when no better stage is known. */
    Optional<Stage> firstInProgress() {
        return stages.stream().filter(s -> s.outcome() == StageOutcome.IN_PROGRESS).findFirst();
    }

    /** Checks a free move from {@code from} to {@code to}. */
    static void checkMove(Stage from, Stage to) {
        if (from.id().equals(to.id())) {
            throw refuse("stage", "submission.error.sameStage");
        }
        if (from.outcome() == StageOutcome.PLACED) {
            throw refuse("stage", "submission.error.placed");
        }
        if (to.outcome() == StageOutcome.PLACED) {
            throw refuse("stage", "submission.error.placeRequired");
        }
        if (to.outcome() == StageOutcome.REJECTED || to.outcome() == StageOutcome.WITHDRAWN) {
            throw refuse("stage", "submission.error.closeRequired");
        }
        if (!to.active()) {
            throw refuse("stage", "submission.error.inactiveStage");
        }
    }

    static void requireInProgress(Stage stage) {
        if (stage.outcome() != StageOutcome.IN_PROGRESS) {
            throw refuse("stage", "submission.error.notInProgress");
        }
    }

    /** Validates the terms of a placement; field names match the placement dialog. */
    static void validate(Placement p) {
        new Validator()
                .check(p != null && p.startDate() != null, "startDate", "validation.required")
                .check(p != null && p.salary() != null, "salary", "validation.required")
                .check(p == null || amountOk(p.salary()), "salary", "submission.placement.error.amount")
                .check(p != null && p.fee() != null, "fee", "validation.required")
                .check(p == null || amountOk(p.fee()), "fee", "submission.placement.error.amount")
                .check(p != null && p.currency() != null
                                && p.currency().strip().matches("[A-Za-z]{3}"),
                        "currency", "submission.placement.error.currency")
                .throwIfInvalid();
    }

    private static boolean amountOk(BigDecimal amount) {
        return amount == null || (amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2
                && amount.precision() - amount.scale() <= 10);
    }

    static ValidationException refuse(String field, String key) {
        return new ValidationException(List.of(new ValidationException.FieldError(field, key)));
    }
}
