package org.warmline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a text file is encoded: UTF-8 (with or without byte order mark), UTF-16 with a byte
 * order mark, or else Windows-1252 (what Excel on Windows writes as "CSV"). Binary files and
 * text that is neither are refused with a clear reason.
 */
record TextEncoding(Charset charset, int bomBytes) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;

    /** Detects the encoding of {@code file} by reading it once, in bounded chunks. */
    static TextEncoding detect(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF) {
            return checked(file, new TextEncoding(StandardCharsets.UTF_8, 3));
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (decodes(file, StandardCharsets.UTF_8, 0)) {
            return new TextEncoding(StandardCharsets.UTF_8, 0);
        }
        if (decodes(file, WINDOWS_1252, 0)) {
            return new TextEncoding(WINDOWS_1252, 0);
        }
        throw new ImportFileException(hasControlBytes(file) ? "importing.file.binary"
                : "importing.file.encoding");
    }

    /** True when the start of the file holds bytes no text file has (NUL and the like). */
    private static boolean hasControlBytes(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(CHUNK);
        }
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    private static TextEncoding checked(Path file, TextEncoding e) throws IOException {
        if (!decodes(file, e.charset, e.bomBytes)) {
            throw new ImportFileException("importing.file.encoding");
        }
        return e;
    }

    /**
     * True when the whole file decodes strictly in {@code charset}; a control character other
     * than tab, line feed and carriage return (a NUL, say) marks a binary file.
     */
    private static boolean decodes(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0));
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                bytes.compact();
                chars.flip();
                refuseControlCharacters(chars);
                chars.clear();
            }
        } catch (CharacterCodingException e) {
            return false;
        }
        return true;
    }

    private static void refuseControlCharacters(CharBuffer chars) {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                throw new ImportFileException("importing.file.binary");
            }
        }
    }
}
