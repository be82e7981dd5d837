/// The generic adapter's first method: posts marked with schema.org microdata — `itemscope`
/// elements whose `itemtype` is `DiscussionForumPosting`, `Comment`, `Question`, `Answer` or
/// `SocialMediaPosting`, with the `itemprop`s `author` (or its `name`), `datePublished` or
/// `dateCreated` (`content`, `datetime` or text) and `text` or `articleBody`. A post item inside
/// another (`comment`) replies to it.
///
/// Confidence: `0.6 + 0.4 · (a + t + b) / 3p` for p posts of which a have an author, t a time and
/// b a body: 0.6 for marked posts without any of them, 1 when every post has all three.
enum MicrodataFinder {
    /// The types that are posts (the last part of an `itemtype` URL).
    static let postTypes: Set<[UInt8]> = Set(
        ["DiscussionForumPosting", "Comment", "Question", "Answer", "SocialMediaPosting"].map { Array($0.utf8) })

    /// The posts of `document`'s microdata; `nil` when it marks none.
    /// - Complexity: O(n) in the nodes and their attributes.
    static func find(_ document: HTMLDocument, walk: PageWalk) -> GenericMarks? {
        let count = document.nodes.count
        // The nearest itemscope element containing each node, itself included.
        var scope = [Int32](repeating: -1, count: count)
        var isPost = [Bool](repeating: false, count: count)
        var marks = GenericMarks(method: "generic:microdata", confidence: 0)
        var author: [Int32: Int32] = [:]
        var personName: [Int32: Int32] = [:]
        var timed = Set<Int32>()
        var bodied = Set<Int32>()
        for current in walk.preorder {
            let node = Int(current)
            let parent = Int(document.nodes[node].parent)
            let outer = parent >= 0 ? scope[parent] : -1
            scope[node] = outer
            guard document.nodes[node].kind == .element, walk.rendered[node] else { continue }
            if document.attributeValue(Self.itemscope, of: current) != nil {
                scope[node] = current
                if let type = document.attribute(Self.itemtype, of: current), postTypes.contains(Self.lastPart(type)) {
                    isPost[node] = true
                    marks.posts.append(current)
                }
            }
            guard outer >= 0, let property = document.attributeValue(Self.itemprop, of: current) else { continue }
            let names = property.split(separator: 0x20).map(Array.init)
            if isPost[Int(outer)] {
                if names.contains(Self.author), author[outer] == nil { author[outer] = current }
                if names.contains(where: { Self.dates.contains($0) }), !timed.contains(outer) {
                    timed.insert(outer)
                    let take: AdapterTake =
                        document.attributeValue(Self.content, of: current) != nil
                        ? .attribute(Self.content)
                        : document.attributeValue(Self.datetime, of: current) != nil ? .attribute(Self.datetime) : .text
                    marks.times.append((current, take))
                }
                if names.contains(where: { Self.bodies.contains($0) }), !bodied.contains(outer) {
                    bodied.insert(outer)
                    marks.bodies.append(current)
                }
            } else if names.contains(Self.name), personName[outer] == nil {
                personName[outer] = current
            }
        }
        guard !marks.posts.isEmpty else { return nil }
        var named = 0
        for post in marks.posts {
            guard let element = author[post] else { continue }
            let hasScope = document.attribute(Self.itemscope, of: element) != nil
            marks.authors.append(hasScope ? personName[element] ?? element : element)
            named += 1
        }
        marks.authors.sort { walk.position[Int($0)] < walk.position[Int($1)] }
        let posts = Double(marks.posts.count)
        marks.confidence = 0.6 + 0.4 * (Double(named) + Double(timed.count) + Double(bodied.count)) / (3 * posts)
        return marks
    }

    /// The part of an `itemtype` after its last `/` (`https://schema.org/Comment` → `Comment`).
    private static func lastPart(_ type: [UInt8]) -> [UInt8] {
        let trimmed = GenericNodeFacts.folded(type[...])
        let first = trimmed.split(separator: 0x20).first.map(Array.init) ?? []
        guard let slash = first.lastIndex(of: UInt8(ascii: "/")) else { return first }
        return Array(first[(slash + 1)...])
    }

    private static let itemscope = Array("itemscope".utf8)
    private static let itemtype = Array("itemtype".utf8)
    private static let itemprop = Array("itemprop".utf8)
    private static let content = Array("content".utf8)
    private static let datetime = Array("datetime".utf8)
    private static let author = Array("author".utf8)
    private static let name = Array("name".utf8)
    private static let dates: Set<[UInt8]> = [Array("datePublished".utf8), Array("dateCreated".utf8)]
    private static let bodies: Set<[UInt8]> = [Array("text".utf8), Array("articleBody".utf8)]
}
