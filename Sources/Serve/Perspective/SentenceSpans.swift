/// A text cut into sentences for `spanAnnotations`, with each sentence's offsets both in UTF-8
/// bytes (to score it) and in Unicode code points (as Perspective API counts `begin` and `end`,
/// and as Python's `text[begin:end]` slices).
struct SentenceSpans {
    /// One sentence: its byte range and its code-point range; together the sentences cover the text.
    struct Span: Equatable {
        var bytes: Range<Int>
        var begin: Int
        var end: Int
    }

    /// The sentences in order.
    private(set) var spans: [Span] = []

    /// Cuts `text` after each run of `.`, `!` or `?` followed by white space, and after each line
    /// break; the white space after a cut belongs to the sentence before it. A text of white
    /// space only is one span.
    /// - Complexity: O(n) in the text's bytes.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var start = 0
        var startPoint = 0
        var points = 0
        var index = 0
        var sawEnd = false
        var sawContent = false
        while index < bytes.count {
            let byte = bytes[index]
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if sawEnd && !isSpace && sawContent {
                spans.append(Span(bytes: start..<index, begin: startPoint, end: points))
                start = index
                startPoint = points
                sawEnd = false
                sawContent = false
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                if index + 1 == bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index + 1]) { sawEnd = true }
            } else if byte == 0x0A {
                sawEnd = true
            }
            if !isSpace { sawContent = true }
            if byte & 0xC0 != 0x80 { points += 1 }
            index += 1
        }
        if start < bytes.count || spans.isEmpty {
            spans.append(Span(bytes: start..<bytes.count, begin: startPoint, end: points))
        }
    }
}
