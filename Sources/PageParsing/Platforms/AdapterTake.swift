/// What a row of `html.tsv` reads from the element it selects: its visible text (`text`, the
/// default) or an attribute's value (`attr:NAME`, e.g. `attr:datetime`, `attr:data-author`).
package enum AdapterTake: Equatable, Sendable {
    /// The element's visible text, white space folded.
    case text
    /// The value of the attribute with this (lowercased) name.
    case attribute([UInt8])

    /// Messages, named once so tests and docs quote the same text.
    package enum Message {
        /// A take that is neither `text` nor `attr:NAME`.
        package static func unknown(_ take: String) -> String {
            "unknown take '\(take)'; expected text or attr:NAME (attr:datetime, attr:title, attr:data-author)"
        }
    }

    /// Parses a take column; `nil` for anything but `text` and `attr:NAME`.
    package init?(_ text: String) {
        if text == "text" {
            self = .text
        } else if text.hasPrefix("attr:"), text.count > 5, !text.utf8.contains(0x20) {
            self = .attribute(Array(text.dropFirst(5).lowercased().utf8))
        } else {
            return nil
        }
    }
}
