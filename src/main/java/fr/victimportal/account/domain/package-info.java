/**
 * Account persistence: the user entity and its repository. Internal to the account module.
 */
@NullMarked
package fr.victimportal.account.domain;

import org.jspecify.annotations.NullMarked;
