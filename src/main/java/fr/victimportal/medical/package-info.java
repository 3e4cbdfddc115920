/**
 * Medical documents under medical secrecy (CSP L1110-4; docs/legal-notes.md): upload checks, encrypted storage behind a
 * {@link fr.victimportal.medical.BlobStore}, the victim's consent document by document, refusals to communicate
 * (avis Cass. 2e civ. 3 Jul 2025 n° 25-70.007), and the access log written to the audit module. Who sees what is
 * decided in {@link fr.victimportal.medical.MedicalDocuments} on every call, from the claim's answer to "who is the
 * current user to this claim" ({@link fr.victimportal.claim.ClaimParticipants}).
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "claim", "claim :: model", "claim :: events", "audit"})
@NullMarked
package fr.victimportal.medical;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
