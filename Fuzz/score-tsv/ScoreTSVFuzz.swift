import FuzzSupport
import Lexicon

/// Reads the input as `threadscan score` reads its file: the header (or plain text), then every
/// row; each row's line number grows by one and the row count never exceeds the input's lines.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScoreTSV(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard
        var table = try? DataTable(
            lines: ByteLineReader(bytes: bytes), file: "fuzz.tsv", requiring: ["text"], plainTextAllowed: true)
    else { return 0 }
    let breaks = bytes.count { $0 == 0x0A || $0 == 0x0D }
    var previous = 0
    while let row = table.next() {
        FuzzFailure.check(row.line > previous, "row line \(row.line) after \(previous)")
        FuzzFailure.check(row.line <= breaks + 1, "row line \(row.line) past the input's \(breaks + 1) lines")
        previous = row.line
        _ = table.header.map { row[$0.column("text")] }
    }
    return 0
}
