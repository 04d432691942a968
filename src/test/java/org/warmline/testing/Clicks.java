package org.warmline.testing;

import java.util.function.BooleanSupplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Robot clicks that survive Xvfb without a window manager, where a click right after a window
 * opens or relayouts is sometimes lost: if the expected outcome does not follow, click again.
 */
public final class Clicks {
    public static final int TIMEOUT_MS = 10_000;

    private Clicks() {
    }

    /** Runs {@code click}; repeats it (up to three times in all) while {@code done} stays false. */
    public static void until(Runnable click, String outcome, BooleanSupplier done) {
        for (int attempt = 1; attempt < 3; attempt++) {
            click.run();
            try {
                waitUntil(outcome, 2_000, done);
                return;
            } catch (WaitTimedOutError lost) {
                // The click went nowhere; the condition is checked again below.
            }
        }
        click.run();
        waitUntil(outcome, TIMEOUT_MS, done);
    }

    /** Waits until a condition, read on the EDT, holds. */
    public static void waitUntil(String description, int timeoutMs, BooleanSupplier condition) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                Boolean ok = GuiActionRunner.execute(condition::getAsBoolean);
                return ok != null && ok;
            }
        }, Timeout.timeout(timeoutMs));
    }
}
