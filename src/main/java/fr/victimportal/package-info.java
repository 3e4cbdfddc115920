/**
 * victim-portal: the self-service portal for the loi Badinter compensation procedure (Code des assurances L211-9 to
 * L211-19, R211-29 to R211-44). Each sub-package is an application module (Spring Modulith); the dependencies each one
 * may have are declared in its {@code package-info.java} and checked by {@code ModularityTest}
 * (docs/architecture/README.md).
 */
@NullMarked
package fr.victimportal;

import org.jspecify.annotations.NullMarked;
