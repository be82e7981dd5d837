import FuzzSupport
import PageParsing

/// Parses the input's first line as a CSS selector list and, when it parses, matches it against
/// the DOM of the rest; every element selected must be an element of that document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSelectors(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = FuzzInput(data, count: count)
    guard let selector = try? CSSSelector(input.headText) else { return 0 }
    let document = HTMLDocument.parse(input.rest)
    let selected = selector.select(in: document)
    for element in selected {
        FuzzFailure.check(selector.matches(element, in: document), "selected element \(element) does not match")
    }
    FuzzFailure.check(selected == selected.sorted() && Set(selected).count == selected.count, "selection unsorted")
    return 0
}
