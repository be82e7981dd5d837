/// A document's visible text as ``HTMLDocument/renderedText(input:)`` renders it, with the way back
/// into the HTML.
package struct RenderedHTMLText: Sendable {
    /// The visible text.
    package var text: String
    /// Where each piece of `text` comes from in the HTML's bytes.
    package var sources: RenderedSourceMap
    /// How deeply in lists (`ul`, `ol`) each line of `text` (by 0-based index) was written.
    package var lineListDepths: [Int]
}
