"""``python -m newsparse``: the command line."""

import sys

from newsparse.cli import main

sys.exit(main())
