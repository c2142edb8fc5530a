package com.workoutplanparser.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time the service's JVM and its embedded PostgreSQL (the server started on {@code dataDir}, and its backends)
 * have used, from {@code /proc/<pid>/stat}: over a measurement, divided by its requests, it says where the work of one
 * request goes when both share the machine's cores; with the share of the machine's CPU time left idle meanwhile
 * ({@code /proc/stat}), which says whether a measurement was bound by the cores or by waiting. Linux only; elsewhere
 * the figures are absent.
 */
record ProcessCpu(double serviceSeconds, double databaseSeconds, long machineIdleTicks, long machineTicks) {

    /** Clock ticks per second of /proc's utime and stime: USER_HZ, 100 on Linux for every architecture in use. */
    private static final double TICKS_PER_SECOND = 100.0;

    static ProcessCpu of(ProcessHandle service, Path dataDir) {
        // pg_ctl starts the server detached from the JVM: found by its data directory; its backends are its children
        String dir = dataDir.toAbsolutePath().toString();
        double db = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(dir)).orElse(false))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .distinct().mapToDouble(p -> seconds(p.pid())).filter(s -> s >= 0).sum();
        long[] machine = readMachineTicks();
        return new ProcessCpu(seconds(service.pid()), db, machine[0], machine[1]);
    }

    /** The machine's idle (idle + iowait) and total CPU ticks since boot, all cores; zeros when unreadable. */
    private static long[] readMachineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(f[i]);
            }
            return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /**
     * What one of {@code requests} cost between {@code before} and this reading, as a line of the report
     * ("CPU per {@code what}: …"); empty when the figures could not be read.
     */
    String perRequestSince(ProcessCpu before, int requests, String what) {
        if (serviceSeconds < 0 || requests == 0) {
            return "";
        }
        long ticks = machineTicks - before.machineTicks;
        String idle = ticks <= 0 ? "" : String.format(Locale.ROOT, "; machine idle %.0f%%",
                100.0 * (machineIdleTicks - before.machineIdleTicks) / ticks);
        return String.format(Locale.ROOT, "    CPU per %s: service JVM %.3f ms, PostgreSQL %.3f ms%s", what,
                (serviceSeconds - before.serviceSeconds) * 1000 / requests,
                (databaseSeconds - before.databaseSeconds) * 1000 / requests, idle);
    }

    /** utime + stime of one process, or -1 when it cannot be read (gone, or not Linux). */
    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may hold spaces: the fields after it start past its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
