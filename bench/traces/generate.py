#!/usr/bin/env python3
"""Held-out player-load traces for the simulator: shapes the public traces do not have.

The policy's constants are chosen from first principles and checked on these as well as on ../../../shared/traces, so a
change that only helps the two public traces shows up as a regression here. Deterministic: `python3 generate.py`
rewrites the same files. Format: shared/traces/README.md (t_seconds,players; '#' comments; linear interpolation).
"""
import math
import random


def write(name, description, step, values):
    with open(name, "w", encoding="utf-8") as out:
        out.write(f"# {description}\n")
        out.write("t_seconds,players\n")
        for i, v in enumerate(values):
            out.write(f"{i * step},{max(0, int(round(v)))}\n")


def poisson_noise(rng, level, scale=1.0):
    return rng.gauss(0, scale * math.sqrt(max(level, 1)))


def two_days(rng):
    # Two days, a weekday peak ~4,000 growing to a weekend peak ~6,000, Poisson-like noise; 60 s steps.
    values = []
    for i in range(2 * 24 * 60):
        hour = (i / 60) % 24
        peak = 4000 + 2000 * min(1.0, max(0.0, (i - 12 * 60) / (24 * 60)))  # the weekend's peak builds over a day
        shape = 0.5 - 0.5 * math.cos(2 * math.pi * ((hour - 8) % 24) / 24)
        level = 150 + (peak - 150) * shape ** 2
        values.append(level + poisson_noise(rng, level, 2))
    return values


def aftershocks(rng):
    # 3 hours at ~800 with three surges of different sizes and speeds, each decaying over 20-40 minutes; 10 s steps.
    surges = [(1800, 600, 700, 1200), (5400, 120, 400, 2400), (8400, 900, 1500, 1800)]  # start, rise s, height, decay s
    values = []
    for i in range(3 * 360):
        t = i * 10
        level = 800.0
        for start, rise, height, decay in surges:
            if start <= t < start + rise:
                level += height * (t - start) / rise
            elif t >= start + rise:
                level += height * math.exp(-(t - start - rise) / decay)
        values.append(level + poisson_noise(rng, level, 1.5))
    return values


def launch(rng):
    # A launch: 50 players, a ramp to 3,000 over 3 hours, a plateau, then an event ends and 60 % leave in 10 minutes.
    values = []
    for i in range(6 * 60):
        t = i * 60
        if t < 3 * 3600:
            level = 50 + 2950 * t / (3 * 3600)
        elif t < 5 * 3600:
            level = 3000
        elif t < 5 * 3600 + 600:
            level = 3000 - 1800 * (t - 5 * 3600) / 600
        else:
            level = 1200
        values.append(level + poisson_noise(rng, level, 1))
    return values


def small(rng):
    # A small game: 0-70 players over 12 hours (a few servers), bursty joins of parties of 1-5; 30 s steps.
    values, level = [], 5.0
    for i in range(12 * 120):
        hour = i / 120
        target = 5 + 60 * math.sin(math.pi * hour / 12) ** 2
        level += (target - level) * 0.05 + rng.choice([0, 0, 0, 1, 2, 3, 5]) - rng.choice([0, 0, 0, 1, 2, 3, 4])
        level = max(0.0, level)
        values.append(level)
    return values


if __name__ == "__main__":
    write("two-days.csv", "two days, weekday peak ~4000 growing to a weekend peak ~6000, Poisson-like noise; 60 s steps", 60, two_days(random.Random(11)))
    write("aftershocks.csv", "3 hours at ~800 with three surges (10 min +700, 2 min +400, 15 min +1500), each decaying; 10 s steps", 10, aftershocks(random.Random(12)))
    write("launch.csv", "a launch: ramp 50 -> 3000 over 3 h, plateau, 60 % leave in 10 min at an event's end; 60 s steps", 60, launch(random.Random(13)))
    write("small.csv", "a small game: 0-70 players over 12 h, bursty parties of 1-5; 30 s steps", 30, small(random.Random(14)))
