import Foundation

/// Standard input, read whole.
enum StandardInput {
    /// All of standard input as one text (invalid UTF-8 replaced).
    static func readAll() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
