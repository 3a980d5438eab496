"""P6's curve as a PNG: events acknowledged and work days existing over time."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# A Figure of its own, without pyplot: no GUI backend, no global state; PNG is drawn by Agg.
from matplotlib.figure import Figure

from bench.morning_curve import Sample


def plot_curve(
    samples: Sequence[Sample], events: int, target: float, title: str, path: Path
) -> Path:
    figure = Figure(figsize=(8, 4.5), dpi=100)
    axes = figure.add_subplot()
    seconds = [sample.seconds for sample in samples]
    axes.plot(seconds, [s.acknowledged for s in samples], label="events acknowledged")
    axes.plot(seconds, [s.work_days for s in samples], label="work days existing")
    axes.axhline(events, color="grey", linewidth=0.8, linestyle=":")
    axes.axvline(target, color="red", linewidth=0.8, linestyle="--", label=f"target {target:.1f} s")
    axes.set_xlabel("seconds since the first batch")
    axes.set_ylabel("count")
    axes.set_title(title)
    axes.legend(loc="lower right")
    axes.grid(alpha=0.3)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    return path
