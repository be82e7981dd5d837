/// A problem in a page that the parse worked around, with where it is.
public struct ParseWarning: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The byte offset in the input file where the problem is.
    public var byteOffset: Int
    /// What is wrong and what was done about it.
    public var message: String

    /// Creates a warning.
    public init(byteOffset: Int, message: String) {
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String { "byte \(byteOffset): \(message)" }
}
