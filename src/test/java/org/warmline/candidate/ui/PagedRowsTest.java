package org.warmline.candidate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedRowsTest {
    private final List<int[]> requests = new ArrayList<>();
    private final PagedRows.PageLoader loader =
            (generation, page, offset, limit) -> requests.add(new int[] {generation, page, offset, limit});

    @Test
    void rowsOfTheFirstPageAreThereAtOnce() {
        PagedRows<String> rows = new PagedRows<>(3);
        rows.reset(7, List.of("a", "b", "c"));
        assertThat(rows.rowCount()).isEqualTo(7);
        assertThat(rows.row(2, loader)).isEqualTo("c");
        assertThat(requests).isEmpty();
    }

    @Test
    void aMissingRowAsksForItsPageOnceAndAppearsWhenLoaded() {
        PagedRows<String> rows = new PagedRows<>(3);
        rows.reset(7, List.of("a", "b", "c"));

        assertThat(rows.row(4, loader)).isNull();
        assertThat(rows.row(5, loader)).isNull();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)).containsExactly(rows.generation(), 1, 3, 3);

        assertThat(rows.accept(rows.generation(), 1, List.of("d", "e", "f"))).isTrue();
        assertThat(rows.row(4, loader)).isEqualTo("e");
        assertThat(rows.row(6, loader)).isNull();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)[1]).isEqualTo(2);
    }

    @Test
    void pagesOfAnOlderGenerationAreDropped() {
        PagedRows<String> rows = new PagedRows<>(3);
        rows.reset(7, List.of("a", "b", "c"));
        rows.row(3, loader);
        int old = rows.generation();
        rows.reset(2, List.of("x", "y"));

        assertThat(rows.accept(old, 1, List.of("d", "e", "f"))).isFalse();
        assertThat(rows.rowCount()).isEqualTo(2);
        assertThat(rows.row(1, loader)).isEqualTo("y");
    }

    @Test
    void loadedRowNeverStartsALoadAndAFailedPageIsAskedForAgain() {
        PagedRows<String> rows = new PagedRows<>(3);
        rows.reset(9, List.of());
        assertThat(rows.loadedRow(0)).isNull();
        assertThat(requests).isEmpty();

        rows.row(0, loader);
        rows.failed(rows.generation(), 0);
        rows.row(0, loader);
        assertThat(requests).hasSize(2);
    }

    @Test
    void onlyRecentPagesAreKept() {
        PagedRows<Integer> rows = new PagedRows<>(1);
        rows.reset(100, List.of(0));
        IntStream.range(1, 100).forEach(i -> rows.accept(rows.generation(), i, List.of(i)));
        assertThat(rows.loadedRow(99)).isEqualTo(99);
        assertThat(rows.loadedRow(0)).isNull();
    }
}
