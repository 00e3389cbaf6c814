"""`python -m azkz_desktop` runs the same command as `azkz-desktop`."""

from __future__ import annotations

import sys

from azkz_desktop.app import main

sys.exit(main())
