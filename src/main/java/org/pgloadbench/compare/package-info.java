/**
 * Whether two runs differ, benchmark by benchmark: the change test over every sample and every fork,
 * its verdicts, and the differences between two environments that change the answer.
 */
@MayImport({"result"})
package org.pgloadbench.compare;

import org.pgloadbench.MayImport;
