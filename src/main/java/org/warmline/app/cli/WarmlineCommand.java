package org.warmline.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warmline} without a subcommand: opens the main window. */
@Command(name = "warmline", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Warmline: the recruitment CRM that closes the loop on every rejection.")
public final class WarmlineCommand implements Callable<Integer> {
    private static volatile boolean guiStarted;
    private static volatile GuiLauncher launcher = (dir, smoke) -> {
        throw new UserError("the window is not available in this build");
    };

    /** Opens the main window for a data directory. */
    @FunctionalInterface
    public interface GuiLauncher {
        void launch(java.nio.file.Path dataDir, boolean smokeTest) throws Exception;
    }

    @Mixin
    DataDirOption data;
    @picocli.CommandLine.Option(names = "--smoke-test",
            description = "Open the window, print startup_ms=N once it is usable, and exit")
    boolean smokeTest;

    /** Installs what {@code warmline} without a subcommand runs (the GUI). */
    public static void setLauncher(GuiLauncher gui) {
        launcher = gui;
    }

    /** True once the window was opened: the process must then not exit. */
    public static boolean guiStarted() {
        return guiStarted;
    }

    @Override
    public Integer call() throws Exception {
        launcher.launch(data.resolve(), smokeTest);
        guiStarted = true;
        return 0;
    }
}
