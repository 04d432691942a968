package org.warmline.server;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a password from a file (its first line) or, without a file, from the console. */
public final class Passwords {
    private Passwords() {
    }

    /**
     * The password in {@code file}, else typed at the console after {@code prompt}; fails with a
     * one-line message naming {@code fileOption} when there is neither a file nor a console.
     */
    public static char[] read(Path file, String prompt, String fileOption) {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                String line = (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
                if (line.isEmpty()) {
                    throw new IllegalArgumentException("the password file " + file + " is empty");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the password file " + file);
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(
                    "no password: give " + fileOption + " FILE or run this in a terminal");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException("no password given");
        }
        return typed;
    }

    /**
     * A new password: from {@code file}, else typed twice at the console (a typo would lock the
     * account out); fails with a one-line message when the two differ.
     */
    public static char[] readNew(Path file, String prompt, String fileOption) {
        char[] first = read(file, prompt, fileOption);
        if (file != null) {
            return first;
        }
        char[] again = read(null, "Again: ", fileOption);
        if (!java.util.Arrays.equals(first, again)) {
            throw new IllegalArgumentException("the two passwords differ");
        }
        return first;
    }
}
