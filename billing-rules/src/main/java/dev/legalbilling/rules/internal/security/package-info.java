/** The fail-closed security check that every rule file passes before it is compiled. Not part of the API. */
package dev.legalbilling.rules.internal.security;
