/// The output of a written format (text, Markdown, HTML, CSV) as it is written: UTF-8 bytes that, when a
/// sink is given, are handed to it in pieces of about `pieceSize` bytes, so that a long thread's
/// part is never held whole; without a sink they are kept, for `render`.
package struct ReportOutput {
    /// About how many bytes are handed to the sink at a time.
    package static let pieceSize = 1 << 16

    /// The bytes not yet handed over.
    package private(set) var bytes: [UInt8] = []
    private let sink: (([UInt8]) -> Void)?

    /// An output that keeps everything.
    package init() {
        sink = nil
    }

    /// An output that hands its bytes to `sink` whenever `pieceSize` of them are written;
    /// `flush()` hands over the rest.
    package init(sink: @escaping ([UInt8]) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.pieceSize + Self.pieceSize / 4)
    }

    /// Appends `text` as UTF-8.
    package static func += (out: inout ReportOutput, text: String) {
        out.bytes.append(contentsOf: text.utf8)
        if out.bytes.count >= Self.pieceSize { out.flush() }
    }

    /// Appends the bytes `write` appends to the buffer (a writer of bytes, such as a CSV row).
    package mutating func append(_ write: (inout [UInt8]) -> Void) {
        write(&bytes)
        if bytes.count >= Self.pieceSize { flush() }
    }

    /// Hands the bytes written so far to the sink (nothing without one).
    package mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// What was written, for an output without a sink.
    package var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension ReportOutput {
    /// What `write` writes, whole.
    package static func collect(_ write: (inout ReportOutput) -> Void) -> String {
        var out = ReportOutput()
        write(&out)
        return out.text
    }

    /// What `write` writes, handed to `sink` in pieces as it is written.
    package static func stream(to sink: @escaping ([UInt8]) -> Void, _ write: (inout ReportOutput) -> Void) {
        var out = ReportOutput(sink: sink)
        write(&out)
        out.flush()
    }
}
