package org.warmline.report;

import java.util.concurrent.CancellationException;

/** The export was cancelled; no file was written. */
public final class ExportCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("export cancelled");
    }
}
