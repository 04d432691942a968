package org.warmline.report;

/** A definition file that could not be loaded: where, and what is wrong. */
public record DefinitionProblem(String file, int line, String message) {
    /** "file:line: message", the way compilers say it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
