#!/usr/bin/env python3
"""The server-hours a fleet with perfect foresight would need on a trace, with servers that take BOOT minutes to boot.

Lower bound of the simulator's score: ceil(players / slots) servers at every sample (perfect packing, no fragmentation),
plus, for every server level, one boot before it is first needed and, for each gap in which it is not needed, the
cheaper of keeping it idle through the gap and booting it again (min(gap, BOOT)). Samples hold until the next one.

Usage: bench/traces/hindsight_bound.py TRACE.csv [--slots 20] [--boot-minutes 2]
"""
import argparse
import csv
import math


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trace")
    parser.add_argument("--slots", type=int, default=20)
    parser.add_argument("--boot-minutes", type=float, default=2.0)
    args = parser.parse_args()
    if args.slots < 1 or args.boot_minutes < 0:
        parser.error("--slots must be 1 or more and --boot-minutes 0 or more")

    with open(args.trace, newline="") as handle:
        rows = [row for row in csv.reader(line for line in handle if not line.startswith("#"))][1:]
    samples = [(float(t), float(p)) for t, p in rows]
    if len(samples) < 2:
        parser.error("the trace needs at least two samples")
    step_minutes = (samples[1][0] - samples[0][0]) / 60
    servers = [math.ceil(players / args.slots) for _, players in samples]

    bound_hours = sum(servers) * step_minutes / 60
    boot_minutes = 0.0
    for level in range(1, max(servers) + 1):
        needed = [i for i, count in enumerate(servers) if count >= level]
        boot_minutes += args.boot_minutes
        for before, after in zip(needed, needed[1:]):
            gap = (after - before - 1) * step_minutes
            if gap > 0:
                boot_minutes += min(gap, args.boot_minutes)

    foresight_hours = bound_hours + boot_minutes / 60
    print(f"lower bound {bound_hours:.1f} server-h, perfect foresight with {args.boot_minutes:g} min boots "
          f"{foresight_hours:.1f} server-h, ratio {foresight_hours / bound_hours:.3f}")


if __name__ == "__main__":
    main()
