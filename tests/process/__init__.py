"""Real processes, only where the process itself is what is tested: pipes, terminals,
signals, exit codes, encodings, closed file descriptors, the installed entry point."""
