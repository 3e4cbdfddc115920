/**
 * Users, roles, login, lockout after repeated failures, throttling, security configuration, the current user and
 * the personal-data export. Depends on shared and notification (account mails).
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            // the account's own mails (sign-up, reset, lockout) go through the outbox
            "notification"
        })
@NullMarked
package fr.victimportal.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
