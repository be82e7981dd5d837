import ThreadModel

/// Turns byte ranges of the decoded HTML a document was parsed from into spans of the file: the
/// decoder's `SourceOffsetMap` for a page that is not UTF-8, then the MHTML part's offset; lines
/// from the HTML's line starts, after the file's lines before it.
package struct HTMLFileOffsets: Sendable {
    private let decodedToFile: SourceOffsetMap?
    private let base: Int
    private let firstLine: Int
    private let lineStarts: [Int32]

    /// Offsets for `html`, whose offsets `decodedToFile` maps to offsets from `base`, its first
    /// line being the file's line `firstLine`.
    /// - Complexity: O(n) in the HTML's length.
    package init(html: [UInt8], decodedToFile: SourceOffsetMap?, base: Int, firstLine: Int) {
        self.decodedToFile = decodedToFile
        self.base = base
        self.firstLine = firstLine
        lineStarts = FileSpanMap.lineStarts(html[...])
    }

    /// The span of the file that HTML bytes `range` come from.
    /// - Complexity: O(log n).
    package func span(_ range: Range<Int>) -> SourceSpan {
        let last = max(range.lowerBound, range.upperBound - 1)
        return SourceSpan(
            lineStart: firstLine + lineStarts.lastIndex(atMost: range.lowerBound),
            lineEnd: firstLine + lineStarts.lastIndex(atMost: last),
            byteStart: fileOffset(range.lowerBound), byteEnd: fileOffset(range.upperBound))
    }

    private func fileOffset(_ offset: Int) -> Int {
        base + (decodedToFile?.fileOffset(forTextOffset: offset) ?? offset)
    }
}
