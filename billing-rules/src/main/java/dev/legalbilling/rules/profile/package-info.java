/**
 * Guideline profiles as files a billing manager writes: {@link dev.legalbilling.rules.profile.ProfileReader} reads
 * a YAML or JSON profile (thresholds, keyword lists, approved timekeepers and rates, per-rule enabled, severity,
 * action and citation, {@code extends} of another profile) into a {@link dev.legalbilling.rules.profile.ScopedProfile},
 * checking every key and value with errors that name the file and key path;
 * {@link dev.legalbilling.rules.profile.ProfileCatalog} holds a firm's profiles with what invoices do not say about
 * each matter; {@link dev.legalbilling.rules.profile.ProfileSelector} picks the profile that applies to an invoice
 * by client, practice area, matter type and date. The file formats are documented in {@code docs/profiles.md}.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package dev.legalbilling.rules.profile;
