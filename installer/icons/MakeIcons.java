import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Warmline's application icons and writes them in every format the installers need:
 * PNG (Linux, 16 to 512 px), ICO (Windows, PNG entries) and ICNS (macOS, PNG entries).
 * Run with the JDK alone, no build needed: {@code java installer/icons/MakeIcons.java OUT_DIR}.
 * Writes {@code warmline.*} (the client) and {@code warmline-server.*} (the office server).
 */
public final class MakeIcons {
    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private record Style(Color from, Color to, boolean server) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java MakeIcons.java OUT_DIR");
        }
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        write(out, "warmline", new Style(new Color(0xF5A25D), new Color(0xE0524A), false));
        write(out, "warmline-server", new Style(new Color(0x4A6278), new Color(0x22313F), true));
    }

    private static void write(Path out, String name, Style style) throws IOException {
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            pngs.put(size, png(draw(size, style)));
        }
        for (int size : PNG_SIZES) {
            Files.write(out.resolve(name + "-" + size + ".png"), pngs.get(size));
        }
        Files.write(out.resolve(name + ".png"), pngs.get(256));
        Files.write(out.resolve(name + ".ico"), ico(pngs));
        Files.write(out.resolve(name + ".icns"), icns(pngs));
    }

    /** A rounded tile with a warm gradient and a nearly closed loop: the rejection loop, closed. */
    static BufferedImage draw(int size, Style style) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double inset = s * 0.04;
        double tile = s - 2 * inset;
        g.setPaint(new GradientPaint(0, 0, style.from(), (float) s, (float) s, style.to()));
        g.fill(new RoundRectangle2D.Double(inset, inset, tile, tile, tile * 0.42, tile * 0.42));
        double stroke = Math.max(1.6, s * 0.085);
        double r = s * 0.27;
        double c = s / 2;
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(c - r, c - r, 2 * r, 2 * r, 120, 295, Arc2D.OPEN));
        arrowHead(g, c, r, stroke);
        if (size >= 32) {
            centre(g, c, s, style);
        }
        g.dispose();
        return img;
    }

    /** An arrow head at the loop's open end (55 degrees), pointing on towards the gap. */
    private static void arrowHead(Graphics2D g, double c, double r, double stroke) {
        double a = Math.toRadians(55);
        double x = c + r * Math.cos(a);
        double y = c - r * Math.sin(a);
        double len = stroke * 1.3;
        double dx = -Math.sin(a);
        double dy = -Math.cos(a);
        double nx = Math.cos(a);
        double ny = -Math.sin(a);
        Path2D head = new Path2D.Double();
        head.moveTo(x + dx * len, y + dy * len);
        head.lineTo(x + nx * len - dx * len * 0.15, y + ny * len - dy * len * 0.15);
        head.lineTo(x - nx * len - dx * len * 0.15, y - ny * len - dy * len * 0.15);
        head.closePath();
        g.fill(head);
    }

    /** The client shows a person inside the loop; the server a database cylinder. */
    private static void centre(Graphics2D g, double c, double s, Style style) {
        if (style.server()) {
            cylinder(g, c, s, style);
            return;
        }
        double head = s * 0.1;
        g.fill(new Ellipse2D.Double(c - head / 2, c - s * 0.12, head, head));
        double body = s * 0.2;
        g.fill(new Arc2D.Double(c - body / 2, c + s * 0.005, body, body * 0.95, 0, 180, Arc2D.CHORD));
    }

    private static void cylinder(Graphics2D g, double c, double s, Style style) {
        double w = s * 0.22;
        double h = s * 0.24;
        double eh = s * 0.07;
        double top = c - h / 2;
        g.fill(new Ellipse2D.Double(c - w / 2, top, w, eh));
        g.fill(new java.awt.geom.Rectangle2D.Double(c - w / 2, top + eh / 2, w, h - eh));
        g.fill(new Ellipse2D.Double(c - w / 2, top + h - eh, w, eh));
        g.setColor(style.to());
        g.setStroke(new BasicStroke((float) Math.max(1, s * 0.018)));
        for (int i = 1; i <= 2; i++) {
            double y = top + (h - eh) * i / 3.0;
            g.draw(new Arc2D.Double(c - w / 2, y, w, eh, 180, 180, Arc2D.OPEN));
        }
        g.setColor(Color.WHITE);
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** Windows icon: a directory of PNG images (supported since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        int headerSize = 6 + 16 * ICO_SIZES.length;
        int total = headerSize;
        for (int size : ICO_SIZES) {
            total += pngs.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = headerSize;
        for (int size : ICO_SIZES) {
            byte[] data = pngs.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : ICO_SIZES) {
            b.put(pngs.get(size));
        }
        return b.array();
    }

    /** macOS icon: PNG entries by size (icp4 16 px ... ic10 1024 px). */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = pngs.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(all);
        h.writeBytes("icns");
        h.writeInt(8 + body.size());
        body.writeTo((OutputStream) h);
        return all.toByteArray();
    }
}
