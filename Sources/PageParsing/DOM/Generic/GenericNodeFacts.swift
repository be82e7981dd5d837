import Lexicon

/// What the generic adapter asks of one element, from its name, attributes and own text: is it a
/// name (a link to a user page, a class, `itemprop` or `rel` naming an author), a time (`<time>`,
/// a `datetime`, `data-time` or dated `title`, or text the time recogniser accepts), or a
/// post's button (`Reply`, `Share`, `Report`)?
struct GenericNodeFacts {
    let document: HTMLDocument
    let times: TimeRecognizer

    /// Parts of a link to a member's page.
    private static let userLinkParts: [[UInt8]] = [
        "/user", "/u/", "/member", "/profile", "/people", "/author", "/users/", "?u=",
    ].map { Array($0.utf8) }
    /// Words of a class, `itemprop` or `rel` that name an author.
    private static let authorWords: [[UInt8]] = ["author", "user", "poster", "nick"].map { Array($0.utf8) }
    /// The texts of a post's buttons and links, lowercased.
    static let actionWords: Set<[UInt8]> = Set(
        [
            "reply", "share", "report", "quote", "permalink", "link", "flag", "like", "edit", "delete", "upvote",
            "downvote", "vote", "save", "hide", "parent", "context", "respond",
        ].map { Array($0.utf8) })

    /// Whether element `node` names a post's author.
    /// - Complexity: O(a) in the length of its attributes.
    func isNameLike(_ node: Int32) -> Bool {
        let element = document.nodes[Int(node)]
        if element.isHTML(.a), let href = document.attribute(Self.href, of: node),
            Self.userLinkParts.contains(where: { Self.contains(href, $0) })
        {
            return true
        }
        for attribute in document.attributes(of: node)
        where attribute.name == Self.classBytes || attribute.name == Self.itemprop || attribute.name == Self.rel {
            if Self.authorWords.contains(where: { Self.contains(Array(document.value(of: attribute)), $0) }) {
                return true
            }
        }
        return false
    }

    /// What to read from element `node` when it is a time (`attr:datetime` …, or its text), else `nil`.
    /// - Complexity: O(a + t) in its attributes and its own text.
    func timeTake(_ node: Int32) -> AdapterTake? {
        for name in Self.timeAttributes where document.attributeValue(name, of: node) != nil {
            return .attribute(name)
        }
        if let title = document.attribute(Self.title, of: node), isTimeText(title[...]) {
            return .attribute(Self.title)
        }
        if document.nodes[Int(node)].isHTML(.time) { return .text }
        return nil
    }

    /// Whether `text` (already trimmed or not) is a time: as a whole, after one or two leading
    /// words (`posted 3 days ago`, `on May 14, 2026`), or in one of its parts between separators
    /// (`12 points · 4 hours ago`), as ``TimeRecognizer/headerTime(_:)`` reads it.
    /// - Complexity: O(n); at most three calls of the recogniser per part.
    func isTimeText(_ text: ArraySlice<UInt8>) -> Bool { times.headerTime(text) != nil }

    /// Whether `text` is only a post's buttons (`Reply`, `Reply · Share · Report`).
    /// - Complexity: O(n).
    static func isActionText(_ text: ArraySlice<UInt8>) -> Bool {
        var sawWord = false
        for word in folded(text).split(whereSeparator: { $0 == 0x20 || $0 == 0xB7 || $0 == UInt8(ascii: "|") }) {
            let lowered = word.map(LinePattern.asciiLowercased)
            if lowered == [0xC2] || lowered == Array("•".utf8) || lowered == Array("-".utf8) { continue }
            if !actionWords.contains(lowered) { return false }
            sawWord = true
        }
        return sawWord
    }

    /// `text` trimmed, runs of ASCII white space folded to one space.
    /// - Complexity: O(n).
    static func folded(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var pendingSpace = false
        for byte in text {
            if HTMLByte.isASCIIWhitespace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return out
    }

    /// Whether `haystack` holds `needle`, ASCII case folded.
    /// - Complexity: O(h·k) for a needle of k bytes (k ≤ 8 here).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var start = 0
        while start + needle.count <= haystack.count {
            var index = 0
            while index < needle.count, LinePattern.asciiLowercased(haystack[start + index]) == needle[index] {
                index += 1
            }
            if index == needle.count { return true }
            start += 1
        }
        return false
    }

    private static let href = Array("href".utf8)
    private static let title = Array("title".utf8)
    private static let classBytes = Array("class".utf8)
    private static let itemprop = Array("itemprop".utf8)
    private static let rel = Array("rel".utf8)
    private static let timeAttributes: [[UInt8]] = [Array("datetime".utf8), Array("data-time".utf8)]
}
