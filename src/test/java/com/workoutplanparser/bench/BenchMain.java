package com.workoutplanparser.bench;

/**
 * What {@code mvn -Pbench -Dbench=X} runs: the load benchmark for {@code X = LoadBenchmark} (a client against the
 * service jar, not a JMH benchmark), otherwise JMH with X as its benchmark pattern.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("LoadBenchmark")) {
            LoadBenchmark.main(new String[0]);
            System.exit(0); // the HTTP client's selector thread would keep the JVM (and Maven) waiting
        } else {
            org.openjdk.jmh.Main.main(args);
        }
    }
}
