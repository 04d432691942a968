package org.warmline.app;

/** Keeps library chatter (POI's Log4j notice, Derby's log file in the working dir) away from users. */
final class Logging {
    private Logging() {
    }

    static void configure() {
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    }

    /** Sends Derby's log to the data directory instead of the current directory. */
    static void derbyLogIn(java.nio.file.Path dataDir) {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        }
    }
}
