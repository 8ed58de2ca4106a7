/** Implementation details of billing-core. Not part of the API: may change in any release. */
package dev.legalbilling.internal;
