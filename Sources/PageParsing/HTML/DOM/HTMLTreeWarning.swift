import ThreadModel

/// Something the tree builder did to a page beyond what the WHATWG algorithm says, so a caller
/// can tell the tree is not the one a browser would build.
package struct HTMLTreeWarning: Equatable, Sendable {
    /// What happened.
    package var kind: Kind
    /// The input offset of the token where it first happened.
    package var offset: Int
    /// The limit that was reached.
    package var limit: Int

    /// The kinds of warning.
    package enum Kind: Equatable, Sendable {
        /// The stack of open elements reached ``HTMLTreeBuilder/depthLimit``: deeper elements
        /// were made siblings (children of the deepest open element) instead of nesting further.
        case depthLimitReached
    }

    /// Creates a warning.
    package init(kind: Kind, offset: Int, limit: Int) {
        self.kind = kind
        self.offset = offset
        self.limit = limit
    }

    /// The warning's words, as the thread's warnings carry them (``ScanLimits/Message``).
    package var text: String {
        switch kind {
        case .depthLimitReached: ScanLimits.Message.depthReached(limit: limit)
        }
    }

    /// A one-line description with the offset.
    package var message: String { "\(text) (first at byte \(offset))" }
}
