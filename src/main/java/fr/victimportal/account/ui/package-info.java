/**
 * Role home pages and support screens of the account module.
 */
@NullMarked
package fr.victimportal.account.ui;

import org.jspecify.annotations.NullMarked;
