/**
 * UTBMS codes as data: task code sets ({@link dev.legalbilling.utbms.UtbmsCodeSet}), activity and expense codes,
 * with lookup and validation. A matter chooses its task code set.
 */
package dev.legalbilling.utbms;
