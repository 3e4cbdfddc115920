/**
 * victim-portal: the self-service portal for the loi Badinter compensation procedure (Code des assurances L211-9 to
 * L211-19, R211-29 to R211-44). Each sub-package is a feature module; their allowed dependencies are enforced by
 * {@code ModuleDependencyRulesTest}.
 */
package fr.victimportal;
