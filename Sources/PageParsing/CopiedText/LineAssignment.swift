import ThreadModel

/// Where one non-blank line ended up in the parse.
struct LineAssignment: Equatable, Sendable {
    /// The kind of segment the line belongs to.
    var kind: SegmentKind
    /// The rule that recognised it, for boilerplate and headers.
    var name: String?
    /// The post the line belongs to.
    var post: Int?
}
