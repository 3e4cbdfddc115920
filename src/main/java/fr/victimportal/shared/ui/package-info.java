/**
 * Application layout (AppLayout with a SideNav built from @Menu), error views and small shared components.
 */
package fr.victimportal.shared.ui;
