package dev.legalbilling.fee;

/** Hourly billing. Placeholder record; fields arrive with the rate cards. */
public record HourlyFee() implements FeeArrangement {
}
