#!/usr/bin/python3
"""Time a command the way bench/run reports it, to the tenth of a millisecond
(/usr/bin/time rounds to 10 ms, too coarse for a 15 ms run).

usage: timeit.py RUNS CMD [ARG...]
Runs CMD RUNS times with stdout to /dev/null and prints
"WALL_S CPU_S PEAK_KB": the fastest run's wall time and its user+system CPU
time, and the largest peak resident set of any run. Other load on the machine
only ever adds time, so the fastest run is the one to compare.
"""
import resource
import subprocess
import sys
import time


def main() -> None:
    runs, cmd = int(sys.argv[1]), sys.argv[2:]
    best = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if best is None or wall < best[0]:
            best = (wall, cpu)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"{best[0]:.4f} {best[1]:.4f} {peak_kb}")


if __name__ == "__main__":
    main()
