package org.warmline.importing;

import java.util.Arrays;

/**
 * A file that cannot be imported at all (not a table, too big, a zip bomb, an unknown
 * encoding...). Carries the bundle key of its explanation and its arguments; nothing has been
 * written when it is thrown.
 */
public final class ImportFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public ImportFileException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public ImportFileException(String key, Throwable cause, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The bundle key of the explanation, e.g. {@code importing.file.binary}. */
    public String key() {
        return key;
    }

    /** The arguments of the explanation. */
    public Object[] args() {
        return args.clone();
    }
}
