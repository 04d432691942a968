package org.warmline.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.text.IdentityHash;
import org.warmline.platform.text.Normalize;

/** A candidate's e-mail addresses, phone and LinkedIn URL, as stored and as normalised. */
record Identifiers(CandidateId id, String email, String email2, String phone, String linkedIn,
                   String emailNorm, String email2Norm, String phoneNorm, String linkedInNorm) {

    static Identifiers map(ResultSet rs) throws SQLException {
        return new Identifiers(new CandidateId(rs.getLong("id")), rs.getString("email"),
                rs.getString("email2"), rs.getString("phone"), rs.getString("linkedin_url"),
                rs.getString("email_norm"), rs.getString("email2_norm"),
                rs.getString("phone_norm"), rs.getString("linkedin_norm"));
    }

    /**
     * The register hashes of this person: normalised here from the stored text as well as
     * taken from the stored normal forms, so rows written without them (imports, restores of
     * older data) still match.
     */
    Set<String> hashes() {
        return hashesOf(email, email2, phone, linkedIn, emailNorm, email2Norm, phoneNorm,
                linkedInNorm);
    }

    static Set<String> hashesOf(String email, String email2, String phone, String linkedIn,
                                String... normalised) {
        Set<String> hashes = new LinkedHashSet<>();
        add(hashes, Normalize.email(email));
        add(hashes, Normalize.email(email2));
        add(hashes, Normalize.phone(phone));
        add(hashes, Normalize.linkedIn(linkedIn));
        for (String n : normalised) {
            add(hashes, n);
        }
        return hashes;
    }

    private static void add(Set<String> hashes, String normalised) {
        String hash = IdentityHash.of(normalised);
        if (hash != null) {
            hashes.add(hash);
        }
    }
}
