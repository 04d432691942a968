package org.warmline.gui;

import java.awt.Component;
import java.util.function.BooleanSupplier;
import javax.swing.JDialog;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;

/** Small waits and finders shared by the GUI flows. */
final class Gui {
    static final int TIMEOUT_MS = 10_000;
    /** AssertJ Swing reads the old-style modifier masks (CTRL_MASK), not CTRL_DOWN_MASK. */
    @SuppressWarnings("deprecation")
    static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;

    private Gui() {
    }

    /**
     * Goes to a sidebar view and waits until it is selected. On Xvfb without a window
     * manager a click right after a dialog closes can be lost, so it is repeated once.
     */
    static void nav(org.assertj.swing.fixture.FrameFixture window, String view) {
        org.assertj.swing.fixture.JToggleButtonFixture button = window.toggleButton("nav." + view);
        clickUntil(button, view + " selected", () -> button.target().isSelected());
    }

    /** Clicks, and clicks once more if the expected outcome does not follow (a lost click). */
    static void clickUntil(org.assertj.swing.fixture.AbstractComponentFixture<?, ?, ?> target,
                           String outcome, BooleanSupplier done) {
        org.warmline.testing.Clicks.until(() -> {
            if (GuiActionRunner.execute(() -> target.target().isShowing())) {
                target.click();
            }
        }, outcome, done);
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
        waitUntil(description, TIMEOUT_MS, condition);
    }

    static void waitUntil(String description, int timeoutMs, BooleanSupplier condition) {
        org.warmline.testing.Clicks.waitUntil(description, timeoutMs, condition);
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
