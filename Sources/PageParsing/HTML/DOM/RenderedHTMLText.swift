/// A document's visible text as ``HTMLDocument/renderedText(input:)`` renders it, with the way back
/// into the HTML.
package struct RenderedHTMLText: Sendable {
    /// The visible text as UTF-8 bytes.
    package var utf8: [UInt8]
    /// Where each piece of the text comes from in the HTML's bytes.
    package var sources: RenderedSourceMap
    /// How deeply in lists (`ul`, `ol`) each line of the text (by 0-based index) was written.
    package var lineListDepths: [Int]

    /// The visible text.
    package var text: String { String(decoding: utf8, as: UTF8.self) }
}
