package org.warmline.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The report definitions: those packaged with Warmline (the {@code reports/} folder) plus
 * the office's own in the data directory's {@code reports/} folder, which may add reports or
 * replace a packaged one with the same id. A malformed file becomes a {@link DefinitionProblem}
 * and the others still load.
 */
public record ReportCatalog(List<ReportDefinition> reports, List<DefinitionProblem> problems) {
    /** The file name ending of a definition. */
    public static final String SUFFIX = ".report";
    private static final String PACKAGED = "reports";

    public ReportCatalog {
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
    }

    /** Loads the packaged definitions, then those in {@code officeDir} (may be null). */
    public static ReportCatalog load(Path officeDir) {
        Map<String, ReportDefinition> byId = new LinkedHashMap<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        readPackaged(byId, problems);
        if (officeDir != null && Files.isDirectory(officeDir)) {
            readDirectory(officeDir, officeDir.toString(), byId, problems);
        }
        return new ReportCatalog(new ArrayList<>(byId.values()), problems);
    }

    /** The report with this id, if any. */
    public java.util.Optional<ReportDefinition> find(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static void readPackaged(Map<String, ReportDefinition> into,
                                     List<DefinitionProblem> problems) {
        URL url = ReportCatalog.class.getClassLoader().getResource(PACKAGED);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                readJar(uri, into, problems);
            } else {
                readDirectory(Path.of(uri), PACKAGED, into, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's own file system, opened for the read (or shared if someone has it open). */
    private static synchronized void readJar(URI uri, Map<String, ReportDefinition> into,
                                             List<DefinitionProblem> problems) throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            readDirectory(jar.getPath(PACKAGED), PACKAGED, into, problems);
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            readDirectory(FileSystems.getFileSystem(uri).getPath(PACKAGED), PACKAGED, into,
                    problems);
        }
    }

    private static void readDirectory(Path dir, String shownAs, Map<String, ReportDefinition> into,
                                      List<DefinitionProblem> problems) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(new DefinitionProblem(shownAs, 0, "cannot list: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            String name = shownAs + "/" + file.getFileName();
            try {
                ReportDefinition def = DefinitionParser.parse(name,
                        Files.readAllLines(file, StandardCharsets.UTF_8));
                into.put(def.id(), def);
            } catch (DefinitionException e) {
                problems.add(e.problem());
            } catch (IOException e) {
                problems.add(new DefinitionProblem(name, 0, "cannot read: " + e.getMessage()));
            }
        }
    }
}
