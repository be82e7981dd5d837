/// A command that could not do its job; printed as `Error: …` and exits 1.
struct CommandFailure: Error, CustomStringConvertible, Sendable {
    /// What went wrong, with the file and place where it applies.
    var message: String

    var description: String { message }
}
