/// A post's header lines: the anchor (`Posted`, `#3`) and the lines around it that belong to it.
struct PostHeader: Sendable {
    /// The first header line.
    var start: Int
    /// The anchor line.
    var anchor: Int
    /// The last header line.
    var end: Int
    /// The author, from the anchor or the line before it.
    var author: String?
    /// The date or time, raw.
    var timestamp: String?
    /// The rule names of header lines, by line.
    var names: [Int: String] = [:]
}
