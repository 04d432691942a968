package org.warmline.importing;

import java.io.IOException;

/** Reads every row of a table file, within {@link ImportLimits}, into a {@link RowSink}. */
interface TableReader {
    void read(RowSink sink) throws IOException;
}
