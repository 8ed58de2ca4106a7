/**
 * The {@code billing fee} commands: {@code contingency} computes the maximum contingent fee under a statutory
 * schedule ({@link dev.legalbilling.cli.fee.ContingencyFeeCommand}); {@code schedules} lists the schedules
 * ({@link dev.legalbilling.cli.fee.ScheduleListCommand}).
 */
package dev.legalbilling.cli.fee;
