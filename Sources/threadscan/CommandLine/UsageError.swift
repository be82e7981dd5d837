/// A command line that does not fit the command's usage; exits 64.
struct UsageError: Error, CustomStringConvertible, Sendable {
    /// What is wrong with the command line.
    var message: String

    var description: String { message }
}
