/// The process exit codes, as documented in the README.
enum ExitCode {
    /// The command did its job.
    static let success: Int32 = 0
    /// The command failed (an unreadable file, a failing lexicon test, `--fail-on` reached).
    static let failure: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 64
}
