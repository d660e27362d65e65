"""The suite's clock: every test starts at SUITE_NOW and time runs on from it (see the `clock`
fixture in conftest.py), so no test depends on the day the suite is run. LEAD_TEST_NOW (an ISO
date-time with its offset) runs the suite at another moment, e.g. just after a clock change."""

import os
from datetime import UTC, datetime

# A test whose expected output names exact dates moves the clock here first (`clock.move_to`),
# so it holds whatever LEAD_TEST_NOW says.
FIXED_NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
SUITE_NOW = (
    datetime.fromisoformat(os.environ["LEAD_TEST_NOW"])
    if os.environ.get("LEAD_TEST_NOW")
    else FIXED_NOW
)
