/// How threadscan recognises its own reports among saved pages, by their content, so that a
/// report written into a folder is not read back as a page by the next scan of that folder.
package enum ReportSignature {
    /// The `<meta name="generator">` line of an HTML report.
    package static let htmlGenerator = #"<meta name="generator" content="threadscan">"#
    /// The last line of a text report.
    package static let textFooter = "— threadscan report"
    /// How many bytes of a file's start and end `isReport` needs.
    package static let bytesNeeded = 2048

    /// Whether a file whose first bytes are `head` and last bytes are `tail` is a threadscan report
    /// (HTML, text, JSON, JSON Lines or CSV).
    package static func isReport(head: [UInt8], tail: [UInt8]) -> Bool {
        contains(head, htmlGenerator) || contains(tail, textFooter)
            || contains(head.prefix(64), #""schema":"threadscan.report/"#)
            || contains(head.prefix(64), #""schema": "threadscan.report/"#)
            || head.starts(with: Array(CSVField.row(CSVReporter.columns).utf8))
    }

    private static func contains<Bytes: Collection>(_ bytes: Bytes, _ needle: String) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let needle = Array(needle.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
