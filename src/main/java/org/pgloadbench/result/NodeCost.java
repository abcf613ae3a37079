package org.pgloadbench.result;

/**
 * What one node of a distributed cluster spent on a load.
 *
 * @param node           host:port, as the coordinator reaches it
 * @param walBytes       WAL the node wrote, from its own insert position
 * @param serverCpuNanos CPU time of the node's whole server (every backend the coordinator opened
 *                       on it for the load, its WAL writer and checkpointer too); null where the
 *                       node's processes are not this host's to read
 */
public record NodeCost(String node, long walBytes, Long serverCpuNanos) {}
