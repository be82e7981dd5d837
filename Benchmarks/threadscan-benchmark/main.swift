import ThreadScan

print("threadscan-benchmark \(ThreadScanVersion.current)")
