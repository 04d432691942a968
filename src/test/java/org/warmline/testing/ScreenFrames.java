package org.warmline.testing;

import java.awt.Dimension;
import java.awt.Point;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/** Shows one screen of a feature in a plain frame, driven by a robot tuned for Xvfb. */
public final class ScreenFrames {
    private ScreenFrames() {
    }

    /** A robot over a new AWT hierarchy, with the settings that keep GUI tests quick. */
    public static Robot robot() {
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(0);
        robot.settings().eventPostingDelay(10);
        return robot;
    }

    /** Builds {@code content} on the EDT, puts it in a frame of the given size and shows it. */
    public static FrameFixture show(Robot robot, String title, Supplier<JComponent> content,
                                    Dimension size) {
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame(title);
            f.setContentPane(content.get());
            f.setSize(size);
            return f;
        });
        FrameFixture window = new FrameFixture(robot, frame);
        window.show(size);
        window.moveTo(new Point(0, 0));
        return window;
    }
}
