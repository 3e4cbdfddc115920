/**
 * Account persistence: the user entity and its repository. Internal to the account module.
 */
package fr.victimportal.account.domain;
