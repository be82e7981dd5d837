import FuzzSupport
import PageParsing

/// Reads the input as an MHTML file: its parts split, the transfer encodings undone, the main
/// HTML part decoded and parsed; every warning's offset must lie inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMHTML(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let text = PageParser.read(bytes, format: .mhtml)
    for warning in text.decoded.warnings {
        if let offset = warning.byteOffset {
            FuzzFailure.check(offset >= 0 && offset <= bytes.count, "warning offset \(offset) past \(bytes.count)")
        }
    }
    return 0
}
