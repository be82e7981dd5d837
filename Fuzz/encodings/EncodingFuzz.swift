import FuzzSupport
import PageParsing

/// Decodes the rest of the input with the charset its first line names (sniffing it when the
/// label is unknown), and the whole input as HTML with its `<meta charset>`; the text must be
/// valid UTF-8 and every offset reported inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEncodings(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = FuzzInput(data, count: count)
    let labelled = TextDecoder.decode(input.rest, declaredCharset: input.headText)
    check(labelled, length: input.rest.count)
    let all = input.all
    check(TextDecoder.decodeHTML(all), length: all.count)
    check(TextDecoder.decode(all), length: all.count)
    return 0
}

private func check(_ decoded: DecodedText, length: Int) {
    for warning in decoded.warnings {
        if let offset = warning.byteOffset {
            FuzzFailure.check(offset >= 0 && offset <= length, "warning offset \(offset) past \(length)")
        }
    }
    if let map = decoded.sourceOffsets {
        let end = map.fileOffset(forTextOffset: decoded.text.utf8.count)
        FuzzFailure.check(end >= 0 && end <= length, "text end maps to \(end) past \(length)")
    }
}
