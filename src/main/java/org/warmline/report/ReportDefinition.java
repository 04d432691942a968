package org.warmline.report;

import java.util.List;
import java.util.Set;

/** A report as described by one definition file: what it is called and the sheets it has. */
public record ReportDefinition(String id, String title, String description,
                               Set<ReportParameter> parameters, List<SheetDefinition> sheets,
                               String source) {
    public ReportDefinition {
        parameters = Set.copyOf(parameters);
        sheets = List.copyOf(sheets);
    }
}
