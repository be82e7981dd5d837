/// A problem in a page that the parse worked around, with where it is.
public struct ParseWarning: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The byte offset in the input file where the problem is; `nil` for a problem of the whole
    /// page or of the batch (an unrecognised layout, a skipped file).
    public var byteOffset: Int?
    /// What is wrong and what was done about it.
    public var message: String

    /// Creates a warning.
    public init(byteOffset: Int?, message: String) {
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String { byteOffset.map { "byte \($0): \(message)" } ?? message }
}
