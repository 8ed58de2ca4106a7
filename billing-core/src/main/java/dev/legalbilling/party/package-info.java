/**
 * The parties to billing: {@link dev.legalbilling.party.Client},
 * {@link dev.legalbilling.party.Timekeeper} and their typed identifiers (a matter's is
 * {@link dev.legalbilling.party.MatterId}; the matter itself is in {@code dev.legalbilling.matter}), jurisdictions, practice areas and matter
 * types. Client names and narratives are privileged: their {@code toString} never prints them.
 */
package dev.legalbilling.party;
