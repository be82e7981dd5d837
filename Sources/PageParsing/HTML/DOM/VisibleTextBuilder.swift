/// Collects the pieces of visible text: folded words, literal breaks and tabs, and the "required
/// line break counts" of blocks, which collapse to the largest of a run and vanish at either end.
///
/// When it records (``init(recording:)``), it also notes where each piece comes from in the input
/// (``sources``) and how deeply in lists each piece was written (``lineListDepths()``).
struct VisibleTextBuilder {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")

    /// The text so far.
    private(set) var output: [UInt8] = []
    /// Where the pieces of `output` come from in the input; `nil` when not recording.
    private(set) var sources: RenderedSourceMap?
    /// How many lists (`ul`, `ol`) are open where the text is now; the walker keeps it.
    var listDepth = 0
    private var pendingSpace = false
    private var pendingBreaks = 0
    /// Output offsets where the list depth of what is written changes, with the new depth.
    private var depthMarks: [(offset: Int, depth: Int)] = []

    /// A builder; `recording` asks for ``sources`` and the list depths.
    init(recording: Bool = false) {
        sources = recording ? RenderedSourceMap() : nil
    }

    /// Asks for at least `count` line breaks before the next text.
    mutating func requireLineBreaks(_ count: Int) {
        pendingBreaks = max(pendingBreaks, count)
    }

    /// Text whose white space folds to single spaces; `alignment` says where its bytes come from.
    /// - Complexity: O(n) in the text's length.
    mutating func appendFolded(_ text: UnsafeBufferPointer<UInt8>, alignment: TextNodeAlignment? = nil) {
        var index = 0
        while index < text.count {
            if HTMLByte.isASCIIWhitespace(text[index]) {
                pendingSpace = true
                index += 1
                continue
            }
            var end = index
            while end < text.count && !HTMLByte.isASCIIWhitespace(text[end]) { end += 1 }
            appendWord(text[index..<end])
            if let alignment, sources != nil {
                alignment.add(text: index..<end, renderedAt: output.count - (end - index), to: &sources!)
            }
            index = end
        }
    }

    /// Text kept as it is (inside `<pre>`); `alignment` says where its bytes come from.
    mutating func appendPreformatted(_ text: UnsafeBufferPointer<UInt8>, alignment: TextNodeAlignment? = nil) {
        guard !text.isEmpty else { return }
        flush()
        if pendingSpace && !atLineStart { output.append(Self.space) }
        pendingSpace = false
        markDepth()
        output += text
        if let alignment, sources != nil {
            alignment.add(text: 0..<text.count, renderedAt: output.count - text.count, to: &sources!)
        }
    }

    /// A run of non-space bytes; `source`, when given, is the input range it stands for as a whole
    /// (an `<img>` for its `[image: alt]`).
    mutating func appendWord<Bytes: Collection<UInt8>>(_ word: Bytes, source: Range<Int>? = nil) {
        flush()
        if pendingSpace && !atLineStart { output.append(Self.space) }
        pendingSpace = false
        markDepth()
        output += word
        if let source {
            sources?.add(rendered: (output.count - word.count)..<output.count, source: source, linear: false)
        }
    }

    /// A line break or tab that stays where it is (`<br>`, between cells and rows); `source`, when
    /// given, is the element it stands for.
    mutating func appendLiteral(_ byte: UInt8, source: Range<Int>? = nil) {
        flush()
        pendingSpace = false
        markDepth()
        output.append(byte)
        if let source { sources?.add(rendered: (output.count - 1)..<output.count, source: source, linear: false) }
    }

    /// The text, with pending breaks and spaces at the end dropped.
    func finish() -> String {
        String(decoding: output, as: UTF8.self)
    }

    /// The list depth of each line of the text (0-based, lines split at LF, CRLF and CR as
    /// `LineSplitter` splits them): the depth where the line's first byte was written, 0 for an
    /// empty line. Empty unless recording.
    /// - Complexity: O(n) in the text's length.
    func lineListDepths() -> [Int] {
        guard sources != nil else { return [] }
        var depths: [Int] = []
        var mark = 0
        var lineStart = 0
        var index = 0
        func closeLine(at end: Int) {
            while mark + 1 < depthMarks.count && depthMarks[mark + 1].offset <= lineStart { mark += 1 }
            let depth = mark < depthMarks.count && depthMarks[mark].offset <= lineStart ? depthMarks[mark].depth : 0
            depths.append(end > lineStart ? depth : 0)
        }
        while index < output.count {
            let byte = output[index]
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                closeLine(at: index)
                if byte == Self.carriageReturn, index + 1 < output.count, output[index + 1] == Self.lineFeed {
                    index += 1
                }
                index += 1
                lineStart = index
                continue
            }
            index += 1
        }
        if lineStart < output.count { closeLine(at: output.count) }
        return depths
    }

    private var atLineStart: Bool {
        output.last.map { $0 == Self.lineFeed || $0 == Self.tab } ?? true
    }

    /// Notes the list depth of what is written next, when recording and it changed.
    private mutating func markDepth() {
        guard sources != nil, depthMarks.last?.depth != listDepth else { return }
        if let last = depthMarks.last, last.offset == output.count {
            depthMarks[depthMarks.count - 1].depth = listDepth
        } else {
            depthMarks.append((output.count, listDepth))
        }
    }

    private mutating func flush() {
        if pendingBreaks > 0 && !output.isEmpty {
            output += [UInt8](repeating: Self.lineFeed, count: pendingBreaks)
            pendingSpace = false
        }
        pendingBreaks = 0
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            || (byte >= 0x30 && byte <= 0x39)
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, HTMLByte.isASCIIWhitespace(first) { slice.removeFirst() }
        while let last = slice.last, HTMLByte.isASCIIWhitespace(last) { slice.removeLast() }
        return slice
    }
}
