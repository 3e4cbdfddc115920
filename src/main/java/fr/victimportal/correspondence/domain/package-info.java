/** The correspondence module's tables: messages, attachments, read marks, document requests and pending mails. */
@NullMarked
package fr.victimportal.correspondence.domain;

import org.jspecify.annotations.NullMarked;
