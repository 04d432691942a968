package org.warmline.report;

/** Thrown by the parser for a malformed definition; carries the file and the line. */
final class DefinitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient DefinitionProblem problem;

    DefinitionException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.problem = new DefinitionProblem(file, line, message);
    }

    DefinitionProblem problem() {
        return problem;
    }
}
