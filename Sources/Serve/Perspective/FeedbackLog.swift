import Foundation
import Glibc

/// The `--feedback FILE` of `threadscan serve`: a labeled TSV that `threadscan lexicon eval`
/// reads, one row appended per `comments:suggestscore` request.
///
/// Columns: `text`, `label` (1 when the suggested score is at least 0.5, else 0), `attribute`
/// and `value` (the suggestion the label comes from), `community` and `client_token`. Tabs and
/// line breaks inside a field become spaces, since a TSV field cannot hold them.
package final class FeedbackLog: @unchecked Sendable {
    /// The header line.
    package static let header = "text\tlabel\tattribute\tvalue\tcommunity\tclient_token"

    private let path: String
    private let lock = NSLock()

    /// Opens `path` for appending, creating it with its header when it is new or empty.
    /// - Throws: `FeedbackLogError` when the file cannot be written or has another header.
    package init(path: String) throws(FeedbackLogError) {
        self.path = path
        if let data = FileManager.default.contents(atPath: path), !data.isEmpty {
            let text = String(decoding: data, as: UTF8.self)
            let header = text.split(separator: "\n", omittingEmptySubsequences: true).first { !$0.hasPrefix("#") }
            guard header.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) == Self.header else {
                throw FeedbackLogError(
                    description:
                        "\(path):1: the feedback file has another header; expected '\(Self.header.replacingOccurrences(of: "\t", with: "<TAB>"))' (give a new or empty file)"
                )
            }
        }
        if let reason = append("") { throw FeedbackLogError(description: "\(path): cannot append: \(reason)") }
    }

    /// Appends one row; returns the system's reason when it could not.
    package func append(
        text: String, label: Bool, attribute: String, value: Double, community: String?, clientToken: String?
    )
        -> String?
    {
        let fields = [text, label ? "1" : "0", attribute, String(value), community ?? "", clientToken ?? ""]
        return append(fields.map(Self.field).joined(separator: "\t") + "\n")
    }

    /// A field with its tabs and line breaks turned into spaces.
    static func field(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { [0x09, 0x0A, 0x0D, 0x2028, 0x2029, 0x85].contains($0.value) ? " " : $0 }))
    }

    /// Appends `row` (with the header first when the file is empty) in one write.
    private func append(_ row: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var status = stat()
        fstat(descriptor, &status)
        let bytes = Array(((status.st_size == 0 ? Self.header + "\n" : "") + row).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}

/// Why the feedback file cannot be used.
package struct FeedbackLogError: Error, CustomStringConvertible, Sendable {
    /// `file: what is wrong`.
    package var description: String
}
