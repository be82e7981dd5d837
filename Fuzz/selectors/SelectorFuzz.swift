import FuzzSupport
import PageParsing

/// Parses the input's first line as a CSS selector list and, when it parses, matches it against
/// the DOM of the rest; every element selected matches, once each, in document order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSelectors(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = FuzzInput(data, count: count)
    guard let selector = try? CSSSelector(input.headText) else { return 0 }
    let document = HTMLDocument.parse(input.rest)
    let selected = selector.select(in: document)
    for element in selected {
        FuzzFailure.check(selector.matches(element, in: document), "selected element \(element) does not match")
    }
    // Each once, in document order, which is not the order of the node arena: the tree builder
    // moves nodes (foster parenting puts a table's stray content before the table).
    var position: [Int32: Int] = [:]
    var current = document.following(HTMLDocument.documentIndex, within: HTMLDocument.documentIndex)
    while current >= 0 {
        position[current] = position.count
        current = document.following(current, within: HTMLDocument.documentIndex)
    }
    let order = selected.map { position[$0] ?? -1 }
    FuzzFailure.check(
        !order.contains(-1) && zip(order, order.dropFirst()).allSatisfy { $0 < $1 }, "not in document order")
    return 0
}
