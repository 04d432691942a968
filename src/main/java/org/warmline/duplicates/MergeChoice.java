package org.warmline.duplicates;

/** Which record a merged field comes from, or both (notes and skills only). */
public enum MergeChoice {
    KEEP, OTHER, BOTH
}
