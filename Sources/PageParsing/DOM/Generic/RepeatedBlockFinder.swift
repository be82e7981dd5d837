/// The generic adapter's last method: the repeated block. Elements of one shape (the same element
/// name and a shared class) that repeat at least three times — siblings under one parent, or
/// nested into each other for threaded comments — each holding a name-like element, a time-like
/// element and body text, are the posts; of every such set the best-scoring one wins.
///
/// Score of a set: the share of the page's visible text inside it × the fraction of blocks with a
/// name × the fraction with a time × the fraction with body text of their own × the fraction that
/// are not containers of several posts (more than three names).
///
/// Confidence of the winner: `min(1, named · timed · bodied · single · (0.5 + share))`, the same
/// fractions; a set whose blocks all have a name, a time and a body of their own and that holds
/// at least half of the page's visible text has 1. A set with fewer than half of its blocks
/// named, timed or bodied is never chosen.
enum RepeatedBlockFinder {
    /// A set needs at least this many blocks.
    static let minimumBlocks = 3
    /// Sets scored exactly, after a first cut from subtree totals.
    static let shortlist = 8

    /// A shape: element name and one class token.
    private struct Shape: Hashable {
        var name: [UInt8]
        var token: [UInt8]
    }

    /// The best set of repeated blocks of `document`, or `nil` when none has names and times.
    /// - Complexity: O(n·c + k·n) for n nodes of at most c classes and k = ``shortlist``.
    static func find(_ document: HTMLDocument, walk: PageWalk, facts: GenericNodeFacts) -> GenericMarks? {
        let count = document.nodes.count
        var nameLike = [Bool](repeating: false, count: count)
        var timeTake = [AdapterTake?](repeating: nil, count: count)
        var action = [Bool](repeating: false, count: count)
        var inMark = [Bool](repeating: false, count: count)
        var bodyBytes = [Int](repeating: 0, count: count)
        var textBytes = [Int](repeating: 0, count: count)
        var total = 0
        for current in walk.preorder {
            let node = Int(current)
            let element = document.nodes[node]
            let parent = Int(element.parent)
            if element.kind == .element, walk.rendered[node] {
                nameLike[node] = facts.isNameLike(current)
                timeTake[node] = facts.timeTake(current)
            } else if element.kind == .text, !walk.text[node].isEmpty, parent > 0 {
                if timeTake[parent] == nil, facts.isTimeText(walk.text[node][...]) { timeTake[parent] = .text }
                if GenericNodeFacts.isActionText(walk.text[node][...]) { action[parent] = true }
            }
        }
        // Whether each node is inside a name, time or button; the text bytes of body text.
        for current in walk.preorder {
            let node = Int(current)
            let parent = Int(document.nodes[node].parent)
            inMark[node] =
                (parent > 0 && inMark[parent]) || nameLike[node] || timeTake[node] != nil || action[node]
            let bytes = walk.text[node].count
            textBytes[node] = bytes
            bodyBytes[node] = inMark[node] ? 0 : bytes
            total += bytes
        }
        guard total > 0 else { return nil }
        // Subtree totals, bottom-up in reverse document order.
        var subNames = nameLike.map { $0 ? 1 : 0 }
        var subTimes = timeTake.map { $0 == nil ? 0 : 1 }
        var subText = textBytes
        var subBody = bodyBytes
        for current in walk.preorder.reversed() {
            let parent = Int(document.nodes[Int(current)].parent)
            guard parent >= 0 else { continue }
            subNames[parent] += subNames[Int(current)]
            subTimes[parent] += subTimes[Int(current)]
            subText[parent] += subText[Int(current)]
            subBody[parent] += subBody[Int(current)]
        }
        // Shapes and their members, in document order.
        var members: [Shape: [Int32]] = [:]
        for current in walk.preorder where document.nodes[Int(current)].kind == .element && walk.rendered[Int(current)]
        {
            let node = document.nodes[Int(current)]
            guard !node.isHTML(.body), !node.isHTML(.html), subNames[Int(current)] > 0, subTimes[Int(current)] > 0
            else { continue }
            let name = document.nameBytes(of: current)
            let classes = document.attributeValue(Self.classBytes, of: current) ?? []
            var tokens = classes.split(whereSeparator: HTMLByte.isASCIIWhitespace).map(Array.init)
            if tokens.isEmpty { tokens = [[]] }
            for token in Set(tokens) { members[Shape(name: name, token: token), default: []].append(current) }
        }
        // First cut from subtree totals (nested members counted twice), then exact scores.
        var rough: [(shape: Shape, score: Double)] = []
        for (shape, list) in members where list.count >= minimumBlocks {
            let text = list.reduce(0) { $0 + subText[Int($1)] }
            rough.append((shape, Double(min(text, total)) / Double(total) * Double(list.count)))
        }
        rough.sort { $0.score > $1.score || ($0.score == $1.score && $0.shape.token.count > $1.shape.token.count) }
        var best: (marks: GenericMarks, score: Double)?
        var owner = [Int32](repeating: -1, count: count)
        var isMember = [Bool](repeating: false, count: count)
        for candidate in rough.prefix(shortlist) {
            let list = members[candidate.shape] ?? []
            for member in list { isMember[Int(member)] = true }
            defer { for member in list { isMember[Int(member)] = false } }
            var index: [Int32: Int] = [:]
            for (position, member) in list.enumerated() { index[member] = position }
            var names = [Int](repeating: 0, count: list.count)
            var times = [Int](repeating: 0, count: list.count)
            var body = [Int](repeating: 0, count: list.count)
            var text = 0
            var marks = GenericMarks(method: "generic:repeated-blocks", confidence: 0)
            var author = [Int32?](repeating: nil, count: list.count)
            var time = [(node: Int32, take: AdapterTake)?](repeating: nil, count: list.count)
            for current in walk.preorder {
                let node = Int(current)
                let parent = Int(document.nodes[node].parent)
                owner[node] = isMember[node] ? current : (parent >= 0 ? owner[parent] : -1)
                guard owner[node] >= 0, let post = index[owner[node]] else { continue }
                text += textBytes[node]
                body[post] += bodyBytes[node]
                let outerMark = parent >= 0 && owner[parent] == owner[node] && inMark[parent]
                if nameLike[node] {
                    names[post] += 1
                    if author[post] == nil, subText[node] > 0, !outerMark { author[post] = current }
                }
                if let take = timeTake[node], !nameLike[node] {
                    times[post] += 1
                    if time[post] == nil, !outerMark { time[post] = (current, take) }
                }
                if action[node], !outerMark, !nameLike[node], timeTake[node] == nil { marks.actions.append(current) }
            }
            let blocks = Double(list.count)
            let named = Double(names.filter { $0 > 0 }.count) / blocks
            let timed = Double(times.filter { $0 > 0 }.count) / blocks
            let bodied = Double(body.filter { $0 > 0 }.count) / blocks
            let single = Double(names.filter { $0 <= 3 }.count) / blocks
            let share = Double(text) / Double(total)
            guard named >= 0.5, timed >= 0.5, bodied >= 0.5 else { continue }
            let score = share * named * timed * bodied * single
            guard score > (best?.score ?? 0) else { continue }
            marks.posts = list
            marks.authors = author.compactMap { $0 }
            marks.times = time.compactMap { $0 }
            marks.confidence = min(1, named * timed * bodied * single * (0.5 + share))
            best = (marks, score)
        }
        return best?.marks
    }

    private static let classBytes = Array("class".utf8)
}
