package fr.victimportal.notification;

import fr.victimportal.PortalSpringBootTest;

/** The several-instances checks on the embedded default, H2, in the shared test context. */
@PortalSpringBootTest
class H2MultiInstanceMailTest extends MultiInstanceMailTest {}
