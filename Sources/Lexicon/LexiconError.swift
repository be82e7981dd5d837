/// A problem in a lexicon file, with the file and line it is on.
public enum LexiconError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A line of a lexicon file is malformed.
    case malformed(file: String, line: Int, message: String)
    /// A lexicon file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// A lexicon file is not UTF-8.
    case notUTF8(file: String, byteOffset: Int)
    /// A lexicon file has no header line.
    case empty(file: String)

    public var description: String {
        switch self {
        case .malformed(let file, let line, let message): "\(file):\(line): \(message)"
        case .unreadable(let path, let reason): "\(path): cannot read lexicons: \(reason)"
        case .notUTF8(let file, let offset):
            "\(file):1: not UTF-8 (bad byte at offset \(offset)); save the file as UTF-8"
        case .empty(let file): "\(file):1: empty file; expected a header line naming the columns"
        }
    }
}
