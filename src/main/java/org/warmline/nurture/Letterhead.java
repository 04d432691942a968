package org.warmline.nurture;

/** The agency's name and address printed at the top of its letters. */
public record Letterhead(String agencyName, String address, String phone, String email,
                         String website, int version) {
}
