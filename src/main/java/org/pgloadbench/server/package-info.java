/**
 * Where PostgreSQL comes from and what it is: embedded (zonky), a container (Testcontainers), any
 * server by URL, a Citus cluster; the connection settings, durability presets, the server's
 * fingerprint and its backends' CPU. Add a server target here: a {@link org.pgloadbench.server.Target}
 * constant and a {@link org.pgloadbench.server.PostgresServer}, chosen in {@link org.pgloadbench.server.Servers}.
 */
@MayImport({"lifecycle"})
package org.pgloadbench.server;

import org.pgloadbench.MayImport;
