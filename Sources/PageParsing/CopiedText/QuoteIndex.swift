/// Finds which earlier post holds a quoted line, in constant time per line.
///
/// Every body line of a finished post is indexed by its white-space-folded text; a quoted line
/// that is only part of a line is looked for in the last `recentPostsSearched` posts and in the
/// posts of the quoted author, so the work per quote is bounded whatever the thread's length.
struct QuoteIndex: Sendable {
    /// How many recent posts a partial quote is looked for in.
    static let recentPostsSearched = 20

    private var lineOwner: [LineKey: Int] = [:]
    /// Each post's body lines (indices into the page's lines), shared with the post's draft; a
    /// partial quote joins a candidate's folded lines only when it looks there.
    private var bodies: [[Int]] = []
    /// The joined folded bodies of the latest `recentPostsSearched` posts, post `i`'s at
    /// `i % recentPostsSearched`, with the post each holds: the posts every partial quote looks in.
    private var recent = Array(repeating: (post: -1, body: [UInt8]()), count: QuoteIndex.recentPostsSearched)
    private var postsByAuthor: [String: [Int]] = [:]

    /// Adds post `index` with its body lines (`bodyLines`, indices into the page's lines, folded
    /// as `foldedLines`) and author.
    mutating func add(post index: Int, bodyLines: [Int], foldedLines: [ArraySlice<UInt8>], author: String?) {
        for line in foldedLines where line.count >= 3 {
            lineOwner[LineKey(line)] = index
        }
        while bodies.count < index { bodies.append([]) }
        bodies.append(bodyLines)
        var body: [UInt8] = []
        body.reserveCapacity(foldedLines.reduce(foldedLines.count) { $0 + $1.count })
        for (position, line) in foldedLines.enumerated() {
            if position > 0 { body.append(0x20) }
            body += line
        }
        recent[index % Self.recentPostsSearched] = (index, body)
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

    /// The post that holds `line` (folded), preferring `author`'s posts for a partial match;
    /// `foldedKey` gives a page line's folded text.
    func post(holding line: ArraySlice<UInt8>, author: String?, foldedKey: (Int) -> ArraySlice<UInt8>) -> Int? {
        if let owner = lineOwner[LineKey(line)] { return owner }
        guard line.count >= 12 else { return nil }
        var candidates = Array(max(0, bodies.count - Self.recentPostsSearched)..<bodies.count).reversed()
            .map { $0 }
        if let author, let own = postsByAuthor[author.lowercased()] {
            candidates = own.suffix(Self.recentPostsSearched).reversed() + candidates
        }
        var tried: [Int] = []
        tried.reserveCapacity(candidates.count)
        for candidate in candidates where !tried.contains(candidate) {
            tried.append(candidate)
            let cached = recent[candidate % Self.recentPostsSearched]
            if cached.post == candidate
                ? Self.contains(cached.body, line) : Self.contains(line, joining: bodies[candidate].map(foldedKey))
            {
                return candidate
            }
        }
        return nil
    }

    /// Whether `haystack` contains `needle` byte for byte.
    private static func contains(_ haystack: [UInt8], _ needle: ArraySlice<UInt8>) -> Bool {
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

    /// Whether `lines` joined by one space contain `needle` byte for byte, without joining them.
    /// - Complexity: O(n·m) for n bytes of lines and a needle of m bytes, O(n) when few positions
    ///   start like the needle.
    static func contains(_ needle: ArraySlice<UInt8>, joining lines: [ArraySlice<UInt8>]) -> Bool {
        guard let first = needle.first else { return false }
        for line in lines.indices {
            let bytes = lines[line]
            var start = bytes.startIndex
            while start < bytes.endIndex, let found = bytes[start...].firstIndex(of: first) {
                if matches(needle, lines, line: line, at: found) { return true }
                start = found + 1
            }
            if first == 0x20, line < lines.count - 1, matches(needle, lines, line: line, at: bytes.endIndex) {
                return true
            }
        }
        return false
    }

    /// Whether `needle` stands in `lines` joined by one space from index `offset` of line `line`
    /// on (`offset` may be the line's end: the joining space).
    private static func matches(
        _ needle: ArraySlice<UInt8>, _ lines: [ArraySlice<UInt8>], line: Int, at offset: Int
    ) -> Bool {
        var (line, offset, matched) = (line, offset, needle.startIndex)
        var bytes = lines[line]
        while matched < needle.endIndex {
            if offset < bytes.endIndex {
                guard bytes[offset] == needle[matched] else { return false }
                offset += 1
            } else {
                guard line + 1 < lines.count, needle[matched] == 0x20 else { return false }
                line += 1
                bytes = lines[line]
                offset = bytes.startIndex
            }
            matched += 1
        }
        return true
    }

    /// A folded line as a dictionary key, hashed as one run of bytes (an array of bytes hashes
    /// each byte on its own, several times slower on long lines).
    private struct LineKey: Hashable {
        let bytes: ArraySlice<UInt8>

        init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
