package dev.legalbilling.fee;

/**
 * How a matter is charged. Each model turns recorded work into invoice lines in exactly one place.
 *
 * <p>Placeholder until the fee models land (issue 2): only {@link HourlyFee} exists so far.
 */
public sealed interface FeeArrangement permits HourlyFee {
}
