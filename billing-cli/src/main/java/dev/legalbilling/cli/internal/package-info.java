/** Helpers shared by the commands. Not part of any API. */
package dev.legalbilling.cli.internal;
