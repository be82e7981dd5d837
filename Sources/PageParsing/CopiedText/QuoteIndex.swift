/// Finds which earlier post holds a quoted line, in constant time per line.
///
/// Every body line of a finished post is indexed by its white-space-folded text; a quoted line
/// that is only part of a line is looked for in the last `recentPostsSearched` posts and in the
/// posts of the quoted author, so the work per quote is bounded whatever the thread's length.
struct QuoteIndex: Sendable {
    /// How many recent posts a partial quote is looked for in.
    static let recentPostsSearched = 20

    private var lineOwner: [LineKey: Int] = [:]
    private var foldedBodies: [[UInt8]] = []
    private var postsByAuthor: [String: [Int]] = [:]

    /// Adds post `index` with its folded body lines and author.
    mutating func add(post index: Int, lines: [[UInt8]], author: String?) {
        for line in lines where line.count >= 3 {
            lineOwner[LineKey(line)] = index
        }
        while foldedBodies.count < index { foldedBodies.append([]) }
        foldedBodies.append(Array(lines.joined(separator: [0x20])))
        if let author {
            postsByAuthor[author.lowercased(), default: []].append(index)
        }
    }

    /// Records that post `index`'s author is `author` (inferred after it was added).
    mutating func setAuthor(_ author: String, of index: Int) {
        postsByAuthor[author.lowercased(), default: []].append(index)
    }

    /// The latest post by `author`, if any.
    func latestPost(by author: String) -> Int? {
        postsByAuthor[author.lowercased()]?.last
    }

    /// The post that holds `line` (folded), preferring `author`'s posts for a partial match.
    func post(holding line: [UInt8], author: String?) -> Int? {
        if let owner = lineOwner[LineKey(line)] { return owner }
        guard line.count >= 12 else { return nil }
        var candidates = Array(max(0, foldedBodies.count - Self.recentPostsSearched)..<foldedBodies.count).reversed()
            .map { $0 }
        if let author, let own = postsByAuthor[author.lowercased()] {
            candidates = own.suffix(Self.recentPostsSearched).reversed() + candidates
        }
        for candidate in candidates where Self.contains(foldedBodies[candidate], line) {
            return candidate
        }
        return nil
    }

    /// Whether `haystack` contains `needle` byte for byte.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var position = 0
        let last = haystack.count - needle.count
        while position <= last {
            if haystack[position] == first, haystack[position..<(position + needle.count)].elementsEqual(needle) {
                return true
            }
            position += 1
        }
        return false
    }

    /// A folded line as a dictionary key, hashed as one run of bytes (an array of bytes hashes
    /// each byte on its own, several times slower on long lines).
    private struct LineKey: Hashable {
        let bytes: [UInt8]

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
