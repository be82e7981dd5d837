/// Something the tree builder did to a page beyond what the WHATWG algorithm says, so a caller
/// can tell the tree is not the one a browser would build.
package struct HTMLTreeWarning: Equatable, Sendable {
    /// What happened.
    package var kind: Kind
    /// The input offset of the token where it first happened.
    package var offset: Int

    /// The kinds of warning.
    package enum Kind: Equatable, Sendable {
        /// The stack of open elements reached ``HTMLTreeBuilder/maximumDepth``: deeper elements
        /// were made siblings (children of the deepest open element) instead of nesting further.
        case depthLimitReached
    }

    /// Creates a warning.
    package init(kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// The message for ``Kind/depthLimitReached``.
    package static let depthLimitMessage = "elements nested deeper than the depth limit were flattened"

    /// A one-line description with the offset.
    package var message: String {
        switch kind {
        case .depthLimitReached: return "\(Self.depthLimitMessage) (first at byte \(offset))"
        }
    }
}
