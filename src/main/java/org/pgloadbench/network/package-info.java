/**
 * The latency proxy in front of a server ({@code --rtt}) and the check that it adds the round trip asked for.
 */
@MayImport({"result", "server"})
package org.pgloadbench.network;

import org.pgloadbench.MayImport;
