/**
 * Login page, role home pages and support screens of the account module.
 */
package fr.victimportal.account.ui;
