"""The channels benchmark runs on our packages: every subscriber gets every message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "scripts" / "bench"
sys.path[:0] = [str(BENCH)]

import channels


def test_fanout_timer_delivers_every_message_to_every_subscriber() -> None:
    # The timer only reports a round once all subscribers x messages deliveries were sent.
    result = subprocess.run(
        [sys.executable, "-c", channels.TIMER, "7", "30", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd="/",
    )
    rounds = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(rounds) == 2
    assert all(value > 0 for value in rounds)
    assert result.stderr == ""
