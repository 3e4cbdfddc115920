package fr.victimportal.family.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/** The one-file upload of a death certificate; its handler stays reachable for the screen tests' simulated requests. */
final class ProofUpload extends Upload {

    final transient UploadHandler handler;

    ProofUpload(UploadHandler handler) {
        super(handler);
        this.handler = handler;
        setMaxFiles(1);
    }
}
