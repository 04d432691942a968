package org.warmline.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about wordings that must not reach a candidate: protected characteristics (age,
 * pregnancy, religion...) and vague non-reasons ("culture fit"). Phrases come from a word list
 * with one phrase per line under {@code [category]} headers; {@code #} starts a comment and a
 * trailing {@code *} matches any word ending ({@code pregnan*}). Matching ignores case and
 * accents, treats any run of spaces or hyphens as one space, and only matches whole words, so
 * "older versions of Java" does not match "older candidate".
 *
 * <pre>{@code
 * List<GuardFinding> f = WordingGuard.standard().check("We want someone younger");
 * // [GuardFinding[category=age, phrase=someone younger, start=8, end=23]]
 * }</pre>
 */
public final class WordingGuard {
    private static final String RESOURCE = "/org/warmline/feedback/wording-guard.txt";
    private static final String WORD = "[\\p{L}\\p{N}]";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private final List<Entry> entries;

    private record Entry(String category, String phrase, Pattern pattern) {
    }

    private WordingGuard(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The guard with Warmline's built-in word list. */
    public static WordingGuard standard() {
        try (InputStream in = WordingGuard.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A guard with the word list read from {@code source} (format: see the class comment). */
    public static WordingGuard parse(Reader source) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String category = null;
        BufferedReader reader = new BufferedReader(source);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                category = t.substring(1, t.length() - 1).strip();
            } else if (category != null) {
                entries.add(new Entry(category, t, compile(t)));
            } else {
                throw new IOException("phrase before the first [category]: " + t);
            }
        }
        return new WordingGuard(entries);
    }

    /** The categories of the list, in file order. */
    public List<String> categories() {
        return entries.stream().map(Entry::category).distinct().toList();
    }

    /** Every match in {@code text}, ordered by position; empty when the text is fine. */
    public List<GuardFinding> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Folded folded = fold(text);
        List<GuardFinding> findings = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(folded.text);
            while (m.find()) {
                findings.add(new GuardFinding(e.category(), e.phrase(),
                        folded.origin[m.start()], folded.origin[m.end() - 1] + 1));
            }
        }
        findings.sort(Comparator.comparingInt(GuardFinding::start)
                .thenComparing(Comparator.comparingInt(GuardFinding::end).reversed()));
        return withoutNested(findings);
    }

    /** Drops a finding that lies inside a longer one of the same category ("younger" in
     * "someone younger"), so that each wording is reported once. */
    private static List<GuardFinding> withoutNested(List<GuardFinding> sorted) {
        List<GuardFinding> kept = new ArrayList<>();
        for (GuardFinding f : sorted) {
            boolean nested = kept.stream().anyMatch(k -> k.category().equals(f.category())
                    && k.start() <= f.start() && f.end() <= k.end());
            if (!nested) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static Pattern compile(String phrase) {
        String[] words = fold(phrase).text.replace('-', ' ').strip().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<!" + WORD + ")");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\-]+");
            }
            String w = words[i];
            boolean stem = w.endsWith("*");
            regex.append(Pattern.quote(stem ? w.substring(0, w.length() - 1) : w));
            if (stem) {
                regex.append(WORD).append('*');
            }
        }
        return Pattern.compile(regex.append("(?!").append(WORD).append(')').toString());
    }

    /** Folded text with, for each of its characters, the index of the original character. */
    private record Folded(String text, int[] origin) {
    }

    private static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 3 + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String f = c == '’' ? "'" : MARKS.matcher(Normalizer.normalize(String.valueOf(c),
                    Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            if (f.isEmpty()) {
                f = " ";
            }
            for (int k = 0; k < f.length(); k++) {
                if (out.length() == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length()] = i;
                out.append(f.charAt(k));
            }
        }
        return new Folded(out.toString(), origin);
    }
}
