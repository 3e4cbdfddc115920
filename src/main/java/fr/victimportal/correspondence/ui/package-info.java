/**
 * The correspondence screen: a claim's document requests (asked by the handling insurer's agent, answered or refused
 * by the victim's side) and its thread of messages, loaded a page at a time. Who reads and writes is decided by the
 * services on every call, not here.
 */
@NullMarked
package fr.victimportal.correspondence.ui;

import org.jspecify.annotations.NullMarked;
