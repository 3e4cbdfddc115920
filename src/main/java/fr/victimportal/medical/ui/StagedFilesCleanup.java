package fr.victimportal.medical.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.victimportal.medical.StagedFiles;
import org.springframework.stereotype.Component;

/**
 * When a session ends (sign-out, 30 minutes idle), the files it received and never saved are deleted at once rather
 * than waiting for the next start's sweep.
 */
@Component
class StagedFilesCleanup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(this::sessionEnded);
    }

    void sessionEnded(SessionDestroyEvent event) {
        StagedFiles files = event.getSession().getAttribute(StagedFiles.class);
        if (files != null) {
            files.releaseAll();
        }
    }
}
