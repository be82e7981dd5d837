/// The process exit codes, as documented in the README, the help and the manual page.
enum ExitCode {
    /// The command did its job.
    static let success: Int32 = 0
    /// The command failed (an unreadable file, a failing lexicon test, a report not written).
    static let failure: Int32 = 1
    /// `scan --fail-on LEVEL`: a post reached LEVEL (and nothing failed).
    static let threshold: Int32 = 2
    /// The command line was wrong.
    static let usage: Int32 = 64

    /// The codes every command uses, with their meaning.
    static let standard: [(code: Int32, meaning: String)] = [
        (success, "Success."),
        (failure, "Failure: an input that could not be read, a malformed lexicon, a failing check, a write error."),
        (usage, "Usage error: an unknown option, command or value; a value out of range."),
    ]

    /// The standard codes and `threshold`, for the commands with `--fail-on`.
    static let withThreshold: [(code: Int32, meaning: String)] =
        [standard[0], standard[1], (threshold, "A post reached the --fail-on level (stderr names it)."), standard[2]]
}
