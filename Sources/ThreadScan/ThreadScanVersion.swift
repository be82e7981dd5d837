/// The version of threadscan.
public enum ThreadScanVersion {
    /// The version string printed by `threadscan --version`.
    public static let current = "0.1.0"
}
