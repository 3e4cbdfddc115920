package fr.victimportal.claim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimAccessPolicyTest {

    @Test
    void aReferenceTypedInTheUrlCannotForgeALogLine() {
        assertThat(ClaimAccessPolicy.printable("VP-AAAA\n2026 ERROR forged")).isEqualTo("VP-AAAA?2026 ERROR forged");
        assertThat(ClaimAccessPolicy.printable("x".repeat(100))).hasSize(41).endsWith("…");
        assertThat(ClaimAccessPolicy.printable(null)).isEmpty();
    }
}
