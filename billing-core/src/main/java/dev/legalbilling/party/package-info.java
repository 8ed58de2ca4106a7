/**
 * The parties to billing: {@link dev.legalbilling.party.Client}, {@link dev.legalbilling.party.Matter},
 * {@link dev.legalbilling.party.Timekeeper} and their typed identifiers, jurisdictions, practice areas and matter
 * types. Client names and narratives are privileged: their {@code toString} never prints them.
 */
package dev.legalbilling.party;
