"""The shared sample corpus, scored by the shared tool through the real command: accuracy 1.0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GATEWAY = Path(sys.executable).parent / "gateway"


@pytest.mark.skipif(not (SHARED / "tools" / "score_parse.py").exists(),
                    reason="../shared is not beside the repository")
def test_shared_samples_score_full_marks():
    run = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_parse.py"), "--cmd", f"{GATEWAY} parse",
         "--corpus", str(SHARED / "samples"), "--min", "1.0", "--timeout", "60"],
        capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "crashes 0" in run.stdout.splitlines()[-1]
