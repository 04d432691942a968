package org.warmline.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.warmline.app.Main;

/** Runs the command line in-process: exit code, stdout and stderr, each stripped. */
final class Cli {
    private Cli() {
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString().strip(), err.toString().strip()};
    }
}
