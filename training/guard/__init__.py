"""Trainer for stepguard's learned step guard (issue 10). Runs on Debian's python3-torch; the product never needs it."""
