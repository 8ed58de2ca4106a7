/**
 * Process isolation of untrusted rule sets ({@link dev.legalbilling.rules.Isolation#workerJvm()}): the host's pool
 * of worker JVMs ({@link dev.legalbilling.rules.internal.isolation.WorkerPool}), the worker's entry point
 * ({@link dev.legalbilling.rules.internal.isolation.WorkerMain}) and the length-prefixed JSON protocol between them.
 * Not API.
 */
package dev.legalbilling.rules.internal.isolation;
