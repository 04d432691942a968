package org.warmline.candidate.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a long list, held page by page as they are needed. A row that is not loaded yet
 * reads as null and asks the loader for its page once; results of an older generation (before
 * the last {@link #reset}) are dropped. Only the most recently used pages are kept.
 */
final class PagedRows<T> {
    /** Starts loading one page; the answer comes back through {@link #accept}. */
    @FunctionalInterface
    interface PageLoader {
        void load(int generation, int page, int offset, int limit);
    }

    private static final int MAX_PAGES = 40;
    private final int pageSize;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> pending = new HashSet<>();
    private int rowCount;
    private int generation;

    PagedRows(int pageSize) {
        this.pageSize = pageSize;
    }

    int pageSize() {
        return pageSize;
    }

    int rowCount() {
        return rowCount;
    }

    int generation() {
        return generation;
    }

    /** Starts a new generation: forgets every page and takes the new count and first page. */
    void reset(int count, List<T> firstPage) {
        generation++;
        pages.clear();
        pending.clear();
        rowCount = count;
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
    }

    /** The row at {@code index}, or null while its page loads (the load is started once). */
    T row(int index, PageLoader loader) {
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows != null) {
            int at = index - page * pageSize;
            return at < rows.size() ? rows.get(at) : null;
        }
        if (pending.add(page)) {
            loader.load(generation, page, page * pageSize, pageSize);
        }
        return null;
    }

    /** The row at {@code index} if its page is loaded; never starts a load. */
    T loadedRow(int index) {
        return row(index, (g, p, o, l) -> pending.remove(p));
    }

    /** Stores a loaded page; false (and ignored) when it belongs to an older generation. */
    boolean accept(int forGeneration, int page, List<T> rows) {
        if (forGeneration != generation) {
            return false;
        }
        pending.remove(page);
        pages.put(page, List.copyOf(rows));
        return true;
    }

    /** Forgets that a page is loading (after a failure), so that it is asked for again. */
    void failed(int forGeneration, int page) {
        if (forGeneration == generation) {
            pending.remove(page);
        }
    }
}
