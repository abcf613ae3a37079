/**
 * The results gallery: one directory per machine under {@code gallery/}, each holding that
 * machine's description and the complete result files contributed from it, checked as
 * {@code report} checks them.
 */
@MayImport({"result"})
package org.pgloadbench.gallery;

import org.pgloadbench.MayImport;
