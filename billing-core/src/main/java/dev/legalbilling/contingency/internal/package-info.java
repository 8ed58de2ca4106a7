/** The schedule-file parser behind {@link dev.legalbilling.contingency.ContingencySchedules}. Not part of the API. */
package dev.legalbilling.contingency.internal;
