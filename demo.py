"""The web demo (the page and the HTTP API on one port): `python demo.py --help`.

A thin entry kept at the top of the repository; the demo itself is `summarizer.demo`, which an
install also runs as `python -m summarizer.demo` or `summarizer-demo`.
"""

import sys

from summarizer.demo import main

if __name__ == "__main__":
    sys.exit(main())
