package org.warmline.platform.excel;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/** Sheet names Excel accepts: no []:*?/\ characters, at most 31 characters, unique. */
final class SheetNames {
    private static final int MAX = 31;

    private SheetNames() {
    }

    static String safe(Workbook workbook, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank()
                ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        return name;
    }
}
