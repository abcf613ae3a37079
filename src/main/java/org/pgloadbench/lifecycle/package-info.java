/**
 * What a run leaves on disk and when it goes: the run directory, the watchdog that removes it after
 * a SIGKILL, and the parent watch that ends a child JVM whose launcher died.
 */
@MayImport
package org.pgloadbench.lifecycle;

import org.pgloadbench.MayImport;
