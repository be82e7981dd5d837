/// A page that cannot be read.
public enum InputError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No file or folder at the path.
    case notFound(path: String)
    /// The path is a folder where a file was expected.
    case isDirectory(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .isDirectory(let path):
            "\(path): is a folder; give the files in it, or use 'threadscan scan' which searches folders"
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        }
    }
}
