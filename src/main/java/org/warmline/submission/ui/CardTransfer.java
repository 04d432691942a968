package org.warmline.submission.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.IOException;
import java.util.function.BiConsumer;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import org.warmline.submission.Stage;
import org.warmline.submission.SubmissionRow;

/**
 * Drag and drop of pipeline cards between stage columns. Each column's list carries its
 * {@link Stage} as the client property {@code "stage"}; a drop calls {@code onDrop} after the
 * drag has finished (so that dialogs opened by the move do not run inside the drop).
 */
final class CardTransfer extends TransferHandler {
    private static final long serialVersionUID = 1L;
    static final String STAGE = "stage";
    private static final DataFlavor FLAVOR = localFlavor();
    private final transient BiConsumer<SubmissionRow, Stage> onDrop;

    CardTransfer(BiConsumer<SubmissionRow, Stage> onDrop) {
        this.onDrop = onDrop;
    }

    @Override
    public int getSourceActions(JComponent c) {
        return MOVE;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        Object value = c instanceof JList<?> list ? list.getSelectedValue() : null;
        return value instanceof SubmissionRow row ? new CardData(row) : null;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        if (!support.isDrop() || !support.isDataFlavorSupported(FLAVOR)) {
            return false;
        }
        support.setShowDropLocation(false);
        return support.getComponent() instanceof JComponent c
                && c.getClientProperty(STAGE) instanceof Stage;
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            SubmissionRow row = (SubmissionRow) support.getTransferable().getTransferData(FLAVOR);
            Stage target = (Stage) ((JComponent) support.getComponent()).getClientProperty(STAGE);
            if (target.id().equals(row.stageId())) {
                return false;
            }
            SwingUtilities.invokeLater(() -> onDrop.accept(row, target));
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }

    private static DataFlavor localFlavor() {
        try {
            return new DataFlavor(DataFlavor.javaJVMLocalObjectMimeType + ";class="
                    + SubmissionRow.class.getName(), null, SubmissionRow.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dragged card. */
    private record CardData(SubmissionRow row) implements Transferable {
        @Override
        public DataFlavor[] getTransferDataFlavors() {
            return new DataFlavor[] {FLAVOR};
        }

        @Override
        public boolean isDataFlavorSupported(DataFlavor flavor) {
            return FLAVOR.equals(flavor);
        }

        @Override
        public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
            if (!isDataFlavorSupported(flavor)) {
                throw new UnsupportedFlavorException(flavor);
            }
            return row;
        }
    }
}
