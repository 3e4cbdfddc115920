package fr.victimportal.account;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * "Download all my data" (RGPD art. 20): a ZIP of JSON files (the account, the claims, the offers, the mandates, the
 * documents' descriptions and the claim's history) and the documents themselves, written as it streams.
 */
@Service
public class PersonalDataExport {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataExport.class);

    private final AccountService accounts;
    private final ObjectProvider<PersonalDataSection> sections;
    private final CurrentUser currentUser;

    PersonalDataExport(AccountService accounts, ObjectProvider<PersonalDataSection> sections, CurrentUser currentUser) {
        this.accounts = accounts;
        this.sections = sections;
        this.currentUser = currentUser;
    }

    /** Writes the signed-in person's ZIP to the stream. */
    public void writeMine(OutputStream target) throws IOException {
        PortalUser me = currentUser.require();
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            Sink sink = new Sink(zip);
            sink.text("LISEZ-MOI.txt", README);
            sink.json("compte.json", accounts.myProfile());
            for (PersonalDataSection section : sections.orderedStream().toList()) {
                section.write(sink);
            }
            sink.closeEntry();
        }
        log.info("Account {} downloaded its data", me.id());
    }

    /** The file name offered to the browser. */
    public static String fileName(LocalDate today) {
        return "mes-donnees-victim-portal-" + today + ".zip";
    }

    private static final String README = """
            victim-portal : vos données (RGPD, article 20)

            compte.json            votre compte : adresse, nom, langue, dates
            dossiers/<référence>/  pour chaque dossier : la déclaration et ses corrections (dossier.json), les
                                   dernières offres reçues (offres.json), vos mandats (mandats.json),
                                   l'historique des consultations et des accès (historique.json), la liste de vos documents
                                   (documents.json), les documents eux-mêmes (documents/), et les messages et
                                   demandes de documents échangés avec l'assureur (messagerie.json).

            Les dates sont au format AAAA-MM-JJ, les heures en temps universel (UTC), les montants en euros.

            victim-portal: your data (GDPR, article 20). JSON files and your documents, as listed above.
            """;

    private static final class Sink implements PersonalDataSection.Sink {

        private final ZipOutputStream zip;
        private final Set<String> names = new HashSet<>();
        private boolean open;

        Sink(ZipOutputStream zip) {
            this.zip = zip;
        }

        void text(String path, String text) throws IOException {
            OutputStream out = file(path);
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void json(String path, Object value) throws IOException {
            text(path, ExportJson.write(value));
        }

        @Override
        public OutputStream file(String path) throws IOException {
            closeEntry();
            String name = path;
            for (int i = 2; !names.add(name); i++) {
                int dot = path.lastIndexOf('.');
                name = dot > path.lastIndexOf('/')
                        ? path.substring(0, dot) + "-" + i + path.substring(dot)
                        : path + "-" + i;
            }
            zip.putNextEntry(new ZipEntry(name));
            open = true;
            return new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                }

                @Override
                public void close() {
                    // the entry is closed by the next call; the ZIP stays open
                }
            };
        }

        void closeEntry() throws IOException {
            if (open) {
                zip.closeEntry();
                open = false;
            }
        }
    }
}
