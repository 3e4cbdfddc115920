package fr.victimportal.account;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One module's part of "download all my data" (RGPD art. 20). Each module that holds personal data implements it;
 * the account module gathers every part into one ZIP for the signed-in person. A part writes only what belongs to
 * the current user (it runs as them, through the module's own access checks).
 */
public interface PersonalDataSection {

    /** Writes this module's data through the sink. */
    void write(Sink sink) throws IOException;

    /** Where a part writes: JSON documents and files, each under its own path in the ZIP. */
    interface Sink {
        void json(String path, Object value) throws IOException;

        /** A file: the caller writes its bytes to the stream returned, then the next call closes the entry. */
        OutputStream file(String path) throws IOException;
    }
}
