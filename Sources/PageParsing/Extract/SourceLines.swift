/// A page's lines, with their keys, in a few bytes a line: a key already folded (most are) is a
/// range of the page's own bytes, and the others share one buffer, so no line has an array of
/// its own.
struct SourceLines: RandomAccessCollection, Sendable {
    /// What a line keeps: its bytes, and its key's place (`keyLength` is `noKey` for none).
    private struct Stored: Sendable {
        var byteStart: Int
        var byteEnd: Int
        var keyStart: Int
        var keyLength: UInt16
        var isBlank: Bool
        var keyIsFolded: Bool
    }

    private static let noKey = UInt16.max

    private let bytes: [UInt8]
    private var folded: [UInt8] = []
    private var stored: [Stored] = []

    /// No lines yet of `bytes`, with room for `capacity`.
    init(bytes: [UInt8], capacity: Int) {
        self.bytes = bytes
        stored.reserveCapacity(capacity)
    }

    /// Adds the line `buffer[start..<end]` (`buffer` holds `bytes`).
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        let (trimStart, trimEnd) = WhiteSpace.trimmedBounds(buffer, start: start, end: end)
        let isBlank = trimStart >= trimEnd
        var line = Stored(
            byteStart: start, byteEnd: end, keyStart: 0, keyLength: Self.noKey, isBlank: isBlank, keyIsFolded: false)
        if !isBlank, trimEnd - trimStart <= SourceLine.maxKeyLength {
            if WhiteSpace.isFolded(buffer, start: trimStart, end: trimEnd) {
                line.keyStart = trimStart
                line.keyLength = UInt16(trimEnd - trimStart)
            } else {
                let key = WhiteSpace.folded(buffer, start: trimStart, end: trimEnd)
                line.keyStart = folded.count
                line.keyLength = UInt16(key.count)
                line.keyIsFolded = true
                folded += key
            }
        }
        stored.append(line)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { stored.count }

    /// Line `position` (numbered `position + 1`).
    subscript(position: Int) -> SourceLine {
        let line = stored[position]
        return SourceLine(number: position + 1, byteStart: line.byteStart, byteEnd: line.byteEnd, isBlank: line.isBlank)
    }

    /// Line `position` trimmed, with runs of white space folded to one space; `nil` for a blank
    /// line and for one too long to be anything but body text (more than
    /// `SourceLine.maxKeyLength` bytes). A slice of the page's bytes or of the folded keys'
    /// buffer: its indices are the buffer's.
    func key(_ position: Int) -> ArraySlice<UInt8>? {
        let line = stored[position]
        guard line.keyLength != Self.noKey else { return nil }
        let range = line.keyStart..<(line.keyStart + Int(line.keyLength))
        return line.keyIsFolded ? folded[range] : bytes[range]
    }

    /// The key of line `position` as a string.
    func keyString(_ position: Int) -> String? {
        key(position).map { String(decoding: $0, as: UTF8.self) }
    }
}
