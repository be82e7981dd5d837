/// Renders a post's text as escaped HTML with its evidence spans wrapped in `<mark>`.
///
/// Evidence offsets are UTF-8 byte offsets into the text. They come from the analyzer, but a
/// report must survive any offsets: each span is clamped to the text, widened to whole
/// characters (grapheme clusters, so that neither a multi-byte scalar nor an emoji sequence is
/// split), and dropped when empty. Overlapping spans merge into one mark whose title names them all.
package struct HTMLHighlighter {
    /// How strongly a span is marked: the words that fired a lexicon entry stand out; the words a
    /// rule weighed (a target, a booster, a negation) are only underlined.
    package enum Emphasis: Int, Comparable, Hashable, Sendable {
        case rule, entry

        package static func < (lhs: Emphasis, rhs: Emphasis) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One span to mark.
    package struct Span: Hashable, Sendable {
        /// The offset of the span's first byte in the text's UTF-8.
        package var start: Int
        /// The offset one past the span's last byte.
        package var end: Int
        /// What the mark's tooltip says about it (`insult · entry “idiot*”`).
        package var label: String
        /// How strongly it is marked.
        package var emphasis: Emphasis

        /// Creates a span.
        package init(start: Int, end: Int, label: String, emphasis: Emphasis = .entry) {
            self.start = start
            self.end = end
            self.label = label
            self.emphasis = emphasis
        }
    }

    /// A run of the text that is marked, in byte offsets that fall on character boundaries.
    package struct MarkedRange: Hashable, Sendable {
        /// The first byte.
        package var start: Int
        /// One past the last byte.
        package var end: Int
        /// The labels of the spans merged into it, in order of first appearance, without repeats.
        package var labels: [String]
        /// The strongest emphasis of the spans merged into it.
        package var emphasis: Emphasis = .entry
    }

    /// The text.
    package let text: String
    /// Where each character starts in the text's UTF-8, with the UTF-8 length appended.
    private let boundaries: [Int]

    /// Prepares `text` for highlighting.
    ///
    /// - Complexity: O(n) in the UTF-8 length.
    package init(text: String) {
        self.text = text
        var boundaries: [Int] = []
        var offset = 0
        for character in text {
            boundaries.append(offset)
            offset += character.utf8.count
        }
        boundaries.append(offset)
        self.boundaries = boundaries
    }

    /// The spans clamped, widened to whole characters, and merged where they overlap.
    ///
    /// - Complexity: O(k log k + k log n) for k spans.
    package func ranges(for spans: [Span]) -> [MarkedRange] {
        let length = boundaries[boundaries.count - 1]
        var widened: [MarkedRange] = []
        for span in spans {
            let low = min(max(span.start, 0), length)
            let high = min(max(span.end, 0), length)
            guard low < high else { continue }
            let start = boundary(atOrBefore: low)
            let end = boundary(atOrAfter: high)
            guard start < end else { continue }
            widened.append(MarkedRange(start: start, end: end, labels: [span.label], emphasis: span.emphasis))
        }
        widened.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var merged: [MarkedRange] = []
        for range in widened {
            if var last = merged.last, range.start < last.end {
                last.end = max(last.end, range.end)
                last.emphasis = max(last.emphasis, range.emphasis)
                for label in range.labels where !last.labels.contains(label) { last.labels.append(label) }
                merged[merged.count - 1] = last
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The text as escaped HTML, each merged range in a `<mark>` whose `title` lists its labels;
    /// a range of rules alone is `<mark class="rule">`.
    package func html(marking spans: [Span]) -> String {
        let utf8 = Array(text.utf8)
        var out = ""
        var cursor = 0
        for range in ranges(for: spans) {
            out += HTMLEscaper.text(String(decoding: utf8[cursor..<range.start], as: UTF8.self))
            out += range.emphasis == .rule ? "<mark class=\"rule\" title=\"" : "<mark title=\""
            out += HTMLEscaper.attribute(range.labels.joined(separator: "\n")) + "\">"
            out += HTMLEscaper.text(String(decoding: utf8[range.start..<range.end], as: UTF8.self))
            out += "</mark>"
            cursor = range.end
        }
        out += HTMLEscaper.text(String(decoding: utf8[cursor...], as: UTF8.self))
        return out
    }

    /// The largest character boundary not after `offset`.
    private func boundary(atOrBefore offset: Int) -> Int {
        var low = 0
        var high = boundaries.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if boundaries[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return boundaries[low]
    }

    /// The smallest character boundary not before `offset`.
    private func boundary(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = boundaries.count - 1
        while low < high {
            let middle = (low + high) / 2
            if boundaries[middle] >= offset { high = middle } else { low = middle + 1 }
        }
        return boundaries[low]
    }
}
