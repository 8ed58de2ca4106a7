/**
 * Hourly rates: effective-dated {@link dev.legalbilling.rate.Rate}s collected in a
 * {@link dev.legalbilling.rate.RateCard}, and the {@link dev.legalbilling.rate.RateSelection} that says which rate
 * priced a line and why.
 *
 * <p>Resolution order, most specific first: the matter's rate for the timekeeper, the client-negotiated rate for the
 * timekeeper, the client-negotiated rate for the timekeeper's classification, the firm's default for the
 * classification, and finally the timekeeper's own standard rate. Within a level a rate applies from its effective
 * date until a later rate for the same timekeeper or classification supersedes it. When nothing applies,
 * {@link dev.legalbilling.rate.NoApplicableRateException} names the timekeeper and the date.
 */
package dev.legalbilling.rate;
