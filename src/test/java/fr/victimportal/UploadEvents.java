package fr.victimportal;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a browser's multipart request hands an upload handler for one PDF file, in a Karibu test. */
public final class UploadEvents {

    private UploadEvents() {}

    /** The upload event of {@code content} sent as {@code fileName} to the upload component {@code owner}. */
    public static UploadEvent pdf(Element owner, String fileName, Path content) {
        Part part = (Part) Proxy.newProxyInstance(
                Part.class.getClassLoader(),
                new Class<?>[] {Part.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> Files.newInputStream(content);
                    case "getSubmittedFileName", "getName" -> fileName;
                    case "getSize" -> Files.size(content);
                    case "getContentType" -> "application/pdf";
                    default -> null;
                });
        return new UploadEvent(
                VaadinRequest.getCurrent(),
                null,
                VaadinSession.getCurrent(),
                fileName,
                0,
                "application/pdf",
                owner,
                part);
    }
}
