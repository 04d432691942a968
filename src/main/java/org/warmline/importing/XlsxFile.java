package org.warmline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel .xlsx workbook, read as a stream of rows (POI's SAX event reader,
 * never the whole workbook in memory). POI's zip-bomb checks stay on; the import limits bound
 * columns and cell lengths while the sheet is read.
 */
final class XlsxFile implements TableReader {
    private final Path file;
    private final ImportLimits limits;

    XlsxFile(Path file, ImportLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new Rows(sink), formatter(), false));
                xml.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                // The sink had enough rows (a preview).
            }
        } catch (OpenXML4JException | OpenXML4JRuntimeException | SAXException
                 | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException e) {
            throw notWorkbook(e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ImportFileException("importing.file.zipBomb", e);
            }
            throw notWorkbook(e);
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw notWorkbook(e);
        }
    }

    /** Excel's display formats, except that plain numbers (phone numbers!) keep every digit. */
    private static DataFormatter formatter() {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        f.addFormat("General", new java.text.DecimalFormat("0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        return f;
    }

    private static RuntimeException notWorkbook(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ImportFileException ife) {
                return ife;
            }
            if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
                return new ImportFileException("importing.file.zipBomb", e);
            }
            cause = cause.getCause();
        }
        return new ImportFileException("importing.file.notXlsx", e);
    }

    /** Thrown from the handler to stop parsing once the sink wants no more rows. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Collects each row's cells (blank cells filled in) and hands it to the sink. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int rows;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            if (++rows > limits.maxRows()) {
                throw new ImportFileException("importing.file.tooManyRows", limits.maxRows());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!sink.accept(rowNum + 1, List.copyOf(cells))) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            if (col >= limits.maxColumns()) {
                throw new ImportFileException("importing.file.tooManyColumns", rows,
                        limits.maxColumns());
            }
            String text = value == null ? "" : value;
            if (text.length() > limits.maxCellChars()) {
                throw new ImportFileException("importing.file.cellTooLong", rows, col + 1,
                        limits.maxCellChars());
            }
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(text);
        }
    }
}
