/**
 * Fee arrangements (hourly, flat fee, contingency, custom rates, hybrid) and the one place each turns recorded work
 * into invoice lines.
 */
package dev.legalbilling.fee;
