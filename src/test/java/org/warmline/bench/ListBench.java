package org.warmline.bench;

import java.util.List;
import java.util.Map;
import org.warmline.candidate.CandidateQuery;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateSummary;

/**
 * The candidate list as the lazy list model drives it: the first page (count plus 200 rows),
 * a jump deep into the list, and the heap in use while those pages are held.
 */
final class ListBench {
    static final int PAGE = 200;
    static final int SCROLL_OFFSET = 90_000;

    static void run(CandidateService candidates, Map<String, Object> out) {
        CandidateQuery all = CandidateQuery.all();
        long t0 = System.nanoTime();
        int total = candidates.count(all);
        List<CandidateSummary> first = candidates.page(all, 0, PAGE);
        out.put("list_first_page_ms", (System.nanoTime() - t0) / 1e6);
        int offset = Math.max(0, Math.min(SCROLL_OFFSET, total - PAGE));
        long t1 = System.nanoTime();
        List<CandidateSummary> deep = candidates.page(all, offset, PAGE);
        out.put("list_scroll_90000_ms", (System.nanoTime() - t1) / 1e6);
        out.put("list_scroll_offset", offset);
        out.put("list_heap_mb", heapUsedMb());
        if (first.isEmpty() && total > 0 || deep.isEmpty() && total > 0) {
            throw new IllegalStateException("the candidate list returned no rows of " + total);
        }
    }

    /** Heap in use after a full collection, in MiB. */
    static double heapUsedMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    private ListBench() {
    }
}
