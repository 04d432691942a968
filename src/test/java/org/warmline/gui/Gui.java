package org.warmline.gui;

import java.awt.Component;
import java.util.function.BooleanSupplier;
import javax.swing.JDialog;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Small waits and finders shared by the GUI flows. */
final class Gui {
    static final int TIMEOUT_MS = 10_000;
    /** AssertJ Swing reads the old-style modifier masks (CTRL_MASK), not CTRL_DOWN_MASK. */
    @SuppressWarnings("deprecation")
    static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;

    private Gui() {
    }

    /** Waits for a showing dialog with this component name. */
    static DialogFixture dialog(Robot robot, String name) {
        return WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog dialog) {
                return name.equals(dialog.getName()) && dialog.isShowing();
            }
        }).withTimeout(TIMEOUT_MS).using(robot);
    }

    /** Waits until a condition, read on the EDT, holds. */
    static void waitUntil(String description, BooleanSupplier condition) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                Boolean ok = GuiActionRunner.execute(condition::getAsBoolean);
                return ok != null && ok;
            }
        }, Timeout.timeout(TIMEOUT_MS));
    }

    /** Finds a showing component by name anywhere (popups included). */
    static <T extends Component> T find(Robot robot, String name, Class<T> type) {
        waitUntil(name + " showing", () -> !robot.finder().findAll(new GenericTypeMatcher<>(type) {
            @Override
            protected boolean isMatching(T c) {
                return name.equals(c.getName()) && c.isShowing();
            }
        }).isEmpty());
        return robot.finder().find(new GenericTypeMatcher<>(type) {
            @Override
            protected boolean isMatching(T c) {
                return name.equals(c.getName()) && c.isShowing();
            }
        });
    }
}
