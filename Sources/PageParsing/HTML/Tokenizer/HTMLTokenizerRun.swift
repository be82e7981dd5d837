/// The bytes of a character run (or an attribute value) while the tokenizer reads them.
///
/// While they are the input byte for byte (the usual run: no character reference, CR or NUL),
/// only their input range is kept and nothing is copied; from the first piece that differs, they
/// are copied into ``bytes``. Every piece appended names the input it stands for, so the run's
/// ``start`` and ``end`` always cover its source.
struct HTMLTokenizerRun {
    /// Where the run's source starts (valid unless ``isEmpty``).
    private(set) var start = 0
    /// Where the run's source ends so far.
    private(set) var end = 0
    /// Whether nothing has been appended since the run began.
    private(set) var isEmpty = true
    /// Whether the run is `input[start..<end]`, so that ``bytes`` is not used.
    private(set) var isVerbatim = true
    /// The run's bytes once it is not verbatim (empty while it is).
    private(set) var bytes: [UInt8] = []

    /// Appends the input bytes in `range` (no CR among them).
    @inline(__always) mutating func appendInput(_ range: Range<Int>, of input: [UInt8]) {
        begin(at: range.lowerBound)
        if isVerbatim && range.lowerBound == end {
            end = range.upperBound
            return
        }
        copyInput(input)
        appendBytes(range, of: input)
        end = range.upperBound
    }

    /// Appends `piece`, which stands for the input `source` (a character, a decoded reference,
    /// U+FFFD for a NUL, LF for a CR).
    @inline(__always) mutating func append(
        _ piece: some Collection<UInt8>, source: Range<Int>, of input: [UInt8]
    ) {
        begin(at: source.lowerBound)
        // The lengths first: most pieces that differ from their source (a decoded reference, CRLF
        // read as LF, U+FFFD for NUL) differ in length.
        if isVerbatim && source.lowerBound == end && piece.count == source.count
            && piece.elementsEqual(input[source])
        {
            end = source.upperBound
            return
        }
        copyInput(input)
        bytes.append(contentsOf: piece)
        end = source.upperBound
    }

    /// The run as in-place text, and the run emptied for the next one. A decoded run's bytes
    /// stay in ``bytes`` (read them before the next run begins), which is emptied in place when
    /// the next run begins, so it is reused rather than reallocated.
    mutating func takeInPlace() -> HTMLInPlaceText {
        let text = HTMLInPlaceText(range: start..<end, isVerbatim: isVerbatim)
        isEmpty = true
        isVerbatim = true
        return text
    }

    /// The run as an attribute value: its input span when it is verbatim, else a span of
    /// `decoded` after its bytes are appended there; and the run emptied, its buffer kept. The
    /// first value a tag decodes (most tags decode one at most) is not copied: the run's buffer
    /// becomes `decoded`, and the empty `decoded` the run's buffer.
    mutating func takeValue(appendingTo decoded: inout [UInt8]) -> HTMLByteSpan {
        defer {
            isEmpty = true
            isVerbatim = true
        }
        if isEmpty { return .empty }
        if isVerbatim { return HTMLByteSpan(start..<end, inArena: false) }
        let valueStart = decoded.count
        if valueStart == 0 {
            swap(&decoded, &bytes)
        } else {
            decoded.append(contentsOf: bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        return HTMLByteSpan(valueStart..<decoded.count, inArena: true)
    }

    /// Empties the run, its buffer kept.
    mutating func reset() {
        isEmpty = true
        isVerbatim = true
        if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
    }

    /// Starts the run at `offset` if it is empty.
    @inline(__always) private mutating func begin(at offset: Int) {
        guard isEmpty else { return }
        if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
        isEmpty = false
        isVerbatim = true
        start = offset
        end = offset
    }

    /// Copies the verbatim part into ``bytes``, before a piece that differs from its input.
    @inline(__always) private mutating func copyInput(_ input: [UInt8]) {
        guard isVerbatim else { return }
        isVerbatim = false
        appendBytes(start..<end, of: input)
    }

    /// Appends the input bytes in `range` to ``bytes`` in one copy, read through the input's
    /// buffer (a slice of the input would retain and release it).
    @inline(__always) private mutating func appendBytes(_ range: Range<Int>, of input: [UInt8]) {
        input.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
