import Foundation

/// Reads a page's bytes from a file or from standard input.
public enum PageInput {
    /// The bytes of `path`, or of standard input when `path` is `-`.
    public static func read(_ path: String) throws(InputError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
