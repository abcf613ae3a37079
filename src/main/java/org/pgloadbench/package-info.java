/**
 * The ground floor: the two ways a run ends badly ({@link org.pgloadbench.UserError}, exit 2, and
 * {@link org.pgloadbench.BenchmarkFailure}, exit 1), how the launcher says so in one sentence, and
 * password masking. Every package may use it; it uses none.
 */
@MayImport
package org.pgloadbench;
