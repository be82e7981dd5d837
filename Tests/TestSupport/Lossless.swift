import ThreadModel

/// Checks the parse's central promise: every non-blank line of the input is in exactly one
/// segment, and each segment's text is the input's text at its span.
public enum Lossless {
    /// The problems found, empty when the parse is lossless.
    public static func problems(in thread: DiscussionThread, text: String) -> [String] {
        var problems: [String] = []
        let bytes = Array(text.utf8)
        var lineStarts: [Int] = [0]
        var nonBlank: [Int] = []
        var index = 0
        var lineStart = 0
        func closeLine(_ end: Int) {
            let line = bytes[lineStart..<end]
            let blank = String(decoding: line, as: UTF8.self).unicodeScalars.allSatisfy {
                $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{202F}" || $0 == "\u{2007}" || $0 == "\u{200B}"
                    || $0 == "\u{FEFF}" || ($0.value >= 0x2000 && $0.value <= 0x200A) || $0 == "\u{0B}"
                    || $0 == "\u{0C}"
            }
            if !blank { nonBlank.append(lineStarts.count) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                closeLine(index)
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                lineStart = index
                if index < bytes.count { lineStarts.append(index) }
                continue
            }
            index += 1
        }
        if lineStart < bytes.count { closeLine(bytes.count) }
        var owners: [Int: Int] = [:]
        for (offset, segment) in thread.segments.enumerated() {
            for line in segment.span.lineStart...segment.span.lineEnd {
                if let other = owners[line] {
                    problems.append("line \(line) is in segments \(other) and \(offset)")
                }
                owners[line] = offset
            }
            let spanText = String(decoding: bytes[segment.span.byteStart..<segment.span.byteEnd], as: UTF8.self)
            if spanText != segment.text {
                problems.append("segment \(offset) text differs from the input at its bytes")
            }
        }
        for line in nonBlank where owners[line] == nil {
            problems.append("non-blank line \(line) is in no segment")
        }
        return problems
    }
}
