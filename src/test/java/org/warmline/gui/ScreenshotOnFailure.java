package org.warmline.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Saves a screenshot to target/gui-screenshots when a GUI test fails. It runs before the
 * fixture is cleaned up, so the window is still on screen.
 */
public final class ScreenshotOnFailure implements TestExecutionExceptionHandler {
    private static final ThreadLocal<GuiTest> CURRENT = new ThreadLocal<>();

    static void register(GuiTest test) {
        CURRENT.set(test);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        try {
            Path dir = Path.of("target", "gui-screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png");
            Files.deleteIfExists(file);
            new ScreenshotTaker().saveDesktopAsPng(file.toString());
        } catch (RuntimeException | java.io.IOException screenshotFailed) {
            failure.addSuppressed(screenshotFailed);
        }
        throw failure;
    }
}
