package fr.victimportal.account;

import fr.victimportal.PortalSpringBootTest;

/** The persistence checks on the embedded default, H2, in the shared test context. */
@PortalSpringBootTest
class H2AccountPersistenceTest extends AccountPersistenceTest {}
