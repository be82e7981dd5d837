import Foundation

/// Keeps `-o` from overwriting one of the command's own input files.
enum OutputGuard {
    /// Throws a usage error when `output` is the same file as one of `inputs` (compared by device
    /// and inode, so that links and other spellings of a path are caught too).
    static func refuse(_ output: String?, overwriting inputs: [String]) throws(UsageError) {
        guard let output, output != "-", let target = identity(output) else { return }
        for input in inputs where input != "-" && identity(input) == target {
            throw UsageError(
                message: "-o \(output) is one of the pages being read (\(input)); write the report to another file")
        }
    }

    /// The device and inode of the regular file at `path`, following links.
    private static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
