/**
 * A result file in the formats other tools read: JMH's own JSON array, github-action-benchmark's
 * custom JSON and Bencher Metric Format.
 */
@MayImport({"result"})
package org.pgloadbench.export;

import org.pgloadbench.MayImport;
