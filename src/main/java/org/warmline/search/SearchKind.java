package org.warmline.search;

/** What a search hit points at; the code is stored in SEARCH_TERM.KIND. */
public enum SearchKind {
    CANDIDATE('C'), EMPLOYER('E'), JOB('J');

    private final char code;

    SearchKind(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static SearchKind of(char code) {
        for (SearchKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown search kind " + code);
    }
}
