import FuzzSupport
import PageParsing

/// Builds the DOM of the input, renders its visible text and its html5lib dump, and checks that
/// every rendered piece maps back into the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLTree(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let document = HTMLDocument.parse(bytes)
    let rendered = document.renderedText(input: bytes)
    for range in rendered.sources.sourceRanges {
        FuzzFailure.check(
            range.lowerBound >= 0 && range.upperBound <= bytes.count, "a rendered piece's source past the input")
    }
    let whole = rendered.sources.sourceRange(of: 0..<rendered.text.utf8.count)
    FuzzFailure.check(whole.upperBound <= bytes.count, "the rendered text's source past the input")
    _ = document.html5libDump()
    return 0
}
