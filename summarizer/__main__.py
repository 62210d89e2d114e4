"""`python -m summarizer` runs the command line.

Ctrl-C while the package itself is imported is caught here too: one line, exit 130.
"""

import sys

if __name__ == "__main__":
    try:
        from .cli import entry
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        sys.exit(130)
    entry()
