package org.warmline.search;

/** One result of find-as-you-type: what it is, its id, and two lines of text to show. */
public record SearchHit(SearchKind kind, long id, String title, String subtitle) {
}
