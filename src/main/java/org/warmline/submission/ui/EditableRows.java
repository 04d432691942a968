package org.warmline.submission.ui;

import java.util.List;
import javax.swing.table.TableModel;

/** A table model of records with ids, as edited by an {@link EditableListDialog}. */
interface EditableRows<T, I> extends TableModel {
    void setRows(List<T> rows);

    T row(int index);

    /** The row showing the record with this id, or -1. */
    int indexOf(I id);
}
