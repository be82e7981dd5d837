/// Where a node's text or an attribute's value is kept: a run of the page's input bytes, or of
/// the document's byte arena.
///
/// Text that is its input byte for byte (the usual run: no character reference, CR or NUL) is a
/// span of the input, so building it copies nothing; the rest (decoded references, CR read as LF,
/// runs merged across markup) is written once into ``HTMLDocument/arena``. A span is plain data,
/// so a node that holds one is copied without a retain or a release.
package struct HTMLByteSpan: Equatable, Sendable {
    /// The first byte's offset.
    package var start: Int
    /// The offset after the last byte.
    package var end: Int
    /// Whether the bytes are in the document's arena (else in its input).
    package var inArena: Bool

    /// Bytes `start..<end` of the input, or of the arena when `inArena`.
    @inline(__always) package init(_ range: Range<Int>, inArena: Bool) {
        start = range.lowerBound
        end = range.upperBound
        self.inArena = inArena
    }

    /// No bytes (computed: a stored `static let` would cost a `swift_once` check per use).
    @inline(__always) package static var empty: HTMLByteSpan { HTMLByteSpan(0..<0, inArena: false) }

    /// How many bytes the span holds.
    @inline(__always) package var count: Int { end - start }

    /// Whether the span holds no bytes.
    @inline(__always) package var isEmpty: Bool { end == start }

    /// The span's offsets.
    @inline(__always) package var range: Range<Int> { start..<end }
}
