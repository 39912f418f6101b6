"""Shared fixtures: the read-only ``../shared`` folder, when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"

# "ci" bounds the run; "dev" explores longer (HYPOTHESIS_PROFILE=dev pytest).
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder, or skip the test when it is absent."""
    if not (SHARED / "SPEC.md").exists():
        pytest.skip("../shared is not present")
    return SHARED
