/**
 * The A/B regression check's machinery: git revisions, their jars, each side's launcher started for
 * one fork at a time, interleaved. The command itself is in cli.
 */
@MayImport({"result", "server", "strategy"})
package org.pgloadbench.ab;

import org.pgloadbench.MayImport;
