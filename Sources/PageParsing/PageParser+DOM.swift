import ThreadModel

/// An HTML page parsed, with the way from its bytes to the file's.
package struct PageDOM: Sendable {
    /// The parsed page.
    package var document: HTMLDocument
    /// Byte ranges of the HTML to spans of the file.
    package var offsets: HTMLPage
}

extension PageParser {
    /// The thread a platform's DOM adapter reads from `dom`: the adapter named `platform` when it
    /// has one, else the one the markup is recognised as; `nil` when none applies, so that the
    /// page falls back to its visible text and the copied-text profiles.
    func readDOM(_ dom: PageDOM, source: String, platform: String?) -> DiscussionThread? {
        let chosen: (adapter: HTMLAdapter, confidence: Double)?
        if let platform {
            chosen = htmlAdapters.adapter(named: platform).map { ($0, 1) }
        } else {
            chosen = PlatformDetector.detect(dom.document, adapters: htmlAdapters)
        }
        guard let chosen else { return nil }
        var reader = DOMThreadReader(document: dom.document, adapter: chosen.adapter, offsets: dom.offsets)
        reader.keepsSegments = keepsSegments
        guard var thread = reader.read(source: source) else { return nil }
        thread.adapter = AdapterMatch(method: "html:\(chosen.adapter.name)", confidence: chosen.confidence)
        return thread
    }
}
