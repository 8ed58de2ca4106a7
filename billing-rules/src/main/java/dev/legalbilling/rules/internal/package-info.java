/**
 * Implementation of the rule engine: reading rule sets and manifests, compiling or loading precompiled rule bases,
 * building facts, running sessions within limits and turning violations into findings. Not part of the API; may
 * change in any release.
 */
package dev.legalbilling.rules.internal;
