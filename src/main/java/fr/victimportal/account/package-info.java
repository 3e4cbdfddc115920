/**
 * Users, roles, login, lockout after repeated failures, security configuration and the current user. Depends on shared only.
 */
package fr.victimportal.account;
