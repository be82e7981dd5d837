import ThreadModel

/// Every line's `LineAssignment` (or `nil` while none is made), by line index, in eight bytes a
/// line: the kind and the rule name's number in one word, the post in another, and each rule
/// name once.
struct LineAssignments: RandomAccessCollection, Sendable {
    /// Per line: 0 for no assignment, else `1 + kind + kinds.count × name`, where `name` is 0 for
    /// none and `1 + i` for `names[i]`.
    private var codes: [UInt32]
    /// Per line: the post, or -1.
    private var posts: [Int32]
    private var names: [String] = []
    private var nameNumbers: [String: UInt32] = [:]

    private static let kinds = SegmentKind.allCases

    /// `count` lines without assignments.
    init(count: Int) {
        codes = Array(repeating: 0, count: count)
        posts = Array(repeating: -1, count: count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { codes.count }

    /// The assignment of line `position`.
    subscript(position: Int) -> LineAssignment? {
        get {
            let code = codes[position]
            guard code > 0 else { return nil }
            let kindCount = UInt32(Self.kinds.count)
            let kind = Self.kinds[Int((code - 1) % kindCount)]
            let name = (code - 1) / kindCount
            let post = posts[position]
            return LineAssignment(
                kind: kind, name: name == 0 ? nil : names[Int(name - 1)], post: post < 0 ? nil : Int(post))
        }
        set {
            guard let newValue else {
                codes[position] = 0
                posts[position] = -1
                return
            }
            var name: UInt32 = 0
            if let text = newValue.name {
                if let known = nameNumbers[text] {
                    name = known
                } else {
                    names.append(text)
                    name = UInt32(names.count)
                    nameNumbers[text] = name
                }
            }
            let kind = UInt32(Self.kinds.firstIndex(of: newValue.kind) ?? 0)
            codes[position] = 1 + kind + UInt32(Self.kinds.count) * name
            posts[position] = newValue.post.map { Int32(clamping: $0) } ?? -1
        }
    }
}
