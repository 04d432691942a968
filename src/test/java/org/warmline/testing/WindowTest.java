package org.warmline.testing;

import java.awt.GraphicsEnvironment;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of tests that drive one window of their own with AssertJ Swing: Swing touched off the
 * event thread fails the test, and the window is closed after each test.
 */
public abstract class WindowTest {
    /** The window the test shows; closed after the test. */
    protected FrameFixture window;

    @BeforeAll
    static void failOnThreadViolations() {
        if (!GraphicsEnvironment.isHeadless()) {
            FailOnThreadViolationRepaintManager.install();
        }
    }

    @AfterAll
    static void restoreRepaintManager() {
        if (!GraphicsEnvironment.isHeadless()) {
            FailOnThreadViolationRepaintManager.uninstall();
        }
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            window.cleanUp();
            window = null;
        }
    }
}
