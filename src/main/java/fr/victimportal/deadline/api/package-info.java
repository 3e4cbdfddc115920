/**
 * The public JSON API of the legal clock ({@code /api/deadlines}), with its own error answers; no session, no
 * personal data.
 */
@NullMarked
package fr.victimportal.deadline.api;

import org.jspecify.annotations.NullMarked;
