package org.warmline.nurture.ui;

import java.awt.Desktop;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.awt.print.PrinterException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JTextPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.warmline.nurture.Letterhead;
import org.warmline.nurture.Message;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.list.Lists;

/**
 * The desktop's ways out for a message: the mail client, a file chosen by the user, the
 * printer (through the Java print dialog) and the clipboard. All on the EDT.
 */
final class Deliveries {
    private static File lastDirectory;
    private final Window owner;
    private final Messages msg;

    Deliveries(Window owner, Messages msg) {
        this.owner = owner;
        this.msg = msg;
    }

    /** Opens the mail client; false (after saying why) where the desktop cannot. */
    boolean openMail(String mailto) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
            Dialogs.info(owner, msg.get("nurture.message.mailTitle"), msg.get("nurture.message.noMailClient"));
            return false;
        }
        try {
            Desktop.getDesktop().mail(URI.create(mailto));
            return true;
        } catch (IOException | RuntimeException e) {
            Dialogs.info(owner, msg.get("nurture.message.mailTitle"),
                    msg.get("nurture.message.mailFailed", String.valueOf(e.getMessage())));
            return false;
        }
    }

    /** Asks where to save; null when cancelled. */
    Path chooseFile(String suggested, String extension) {
        JFileChooser chooser = new JFileChooser(lastDirectory);
        chooser.setName("nurture.chooser");
        chooser.setDialogTitle(msg.get("nurture.chooser.title." + extension));
        chooser.setFileFilter(new FileNameExtensionFilter(msg.get("nurture.chooser.filter." + extension),
                extension));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), suggested));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        File file = chooser.getSelectedFile();
        lastDirectory = file.getParentFile();
        return file.getName().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)
                ? file.toPath() : file.toPath().resolveSibling(file.getName() + "." + extension);
    }

    /** Prints the letters through the print dialog; true when they were sent to a printer. */
    boolean print(List<Message> letters, Letterhead letterhead) {
        JTextPane pane = new JTextPane();
        pane.setContentType("text/html");
        pane.setText(html(letters, letterhead));
        try {
            return pane.print(null, null, true, null, null, true);
        } catch (PrinterException e) {
            Dialogs.info(owner, msg.get("nurture.message.printTitle"),
                    msg.get("nurture.message.printFailed", String.valueOf(e.getMessage())));
            return false;
        }
    }

    void copy(String text) {
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
    }

    private String html(List<Message> letters, Letterhead l) {
        String date = LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(msg.locale()));
        StringBuilder b = new StringBuilder("<html><body style='font-family:serif; font-size:11pt'>");
        for (Message m : letters) {
            b.append("<p style='font-size:16pt; color:#1F3A5F'><b>").append(Lists.esc(l.agencyName()))
                    .append("</b></p><p style='color:#5F6B7A'>").append(lines(l.address()))
                    .append("</p><p align='right'>").append(Lists.esc(date)).append("</p><p>")
                    .append(Lists.esc(m.candidateName())).append("<br>").append(lines(m.postalAddress()))
                    .append("</p><p><b>").append(Lists.esc(m.subject())).append("</b></p><p>")
                    .append(lines(m.body())).append("</p><br><br>");
        }
        return b.append("</body></html>").toString();
    }

    private static String lines(String text) {
        return text == null ? "" : Lists.esc(text).replaceAll("\\R", "<br>");
    }
}
