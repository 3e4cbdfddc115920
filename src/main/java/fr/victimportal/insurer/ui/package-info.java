/**
 * The insurer's administrator's screens (their agents: invite, retire, unlock; their agents' actions from the audit
 * trail) and the page an invited agent's link opens.
 */
@NullMarked
package fr.victimportal.insurer.ui;

import org.jspecify.annotations.NullMarked;
