/**
 * What is loaded: table shapes (built in, or read back from the user's CREATE TABLE), column types,
 * seeded row generators, hostile and malformed rows, and the count and checksum every load is
 * verified against. Add a column type or a table shape here. Knows nothing of servers or strategies.
 */
@MayImport
package org.pgloadbench.dataset;

import org.pgloadbench.MayImport;
