package org.pgloadbench.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.core.throttle.Throttler;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * A TCP proxy on loopback in front of the server that holds every chunk of data, in each direction,
 * for a set delay: NetCrusher's {@link TcpCrusher}. NetCrusher releases delayed data only when its
 * event loop next wakes, and that loop sleeps a whole tick (a millisecond at least) between
 * wake-ups, so on its own every delay rounds up to ticks; here each delayed chunk also schedules a
 * wake-up of the loop for the moment the chunk is due, which makes sub-millisecond delays real.
 * With no delay it only relays, which costs a hop on loopback ({@link RoundTripCheck} measures both).
 */
public final class DelayingProxy implements AutoCloseable {
    private final NioReactor reactor;
    private final TcpCrusher crusher;
    private final ScheduledExecutorService waker;
    private volatile long delayNanos;

    private DelayingProxy(InetSocketAddress server, long delayNanos) throws IOException {
        this.delayNanos = delayNanos;
        this.reactor = new NioReactor();
        this.waker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rtt-proxy-waker");
            thread.setDaemon(true);
            return thread;
        });
        Throttler delay = buffer -> {
            long nanos = this.delayNanos;
            if (nanos > 0) {
                waker.schedule(this::wakeEventLoop, nanos, TimeUnit.NANOSECONDS);
            }
            return nanos;
        };
        this.crusher = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), freePort()))
                .withConnectAddress(server)
                .withTcpNoDelay(true)
                .withIncomingThrottlerFactory(address -> delay)
                .withOutgoingThrottlerFactory(address -> delay)
                .buildAndOpen();
    }

    /** Starts relaying to {@code server}, each direction delayed by {@code oneWayNanos}. */
    public static DelayingProxy start(InetSocketAddress server, long oneWayNanos) throws IOException {
        return new DelayingProxy(server, oneWayNanos);
    }

    public InetSocketAddress address() {
        return crusher.getBindAddress();
    }

    public long oneWayDelayNanos() {
        return delayNanos;
    }

    /** Takes effect for data read from now on, on connections already open too. */
    public void setOneWayDelayNanos(long nanos) {
        this.delayNanos = Math.max(0, nanos);
    }

    private void wakeEventLoop() {
        try {
            // A no-op posted to the loop wakes it. (NetCrusher's own wakeup() runs selectNow(), which
            // swallows readiness the loop's next select() would then not report.)
            reactor.getSelector().execute(() -> null);
        } catch (RuntimeException closing) {
            // The proxy closed while a wake-up was pending: nothing is left to release.
        }
    }

    /** NetCrusher needs its port before it binds; the kernel's choice of a free one is taken. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        waker.shutdownNow();
        crusher.close();
        reactor.close();
    }
}
