/**
 * The demo deployment's claims: the first demo victim's submitted claim, and the dates of the second demo story
 * ({@link fr.victimportal.claim.demo.DemoStory}), which the examination, offer and aggravation modules' demos share.
 */
@NamedInterface("demo")
@NullMarked
package fr.victimportal.claim.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
