import ThreadModel

/// What one method of the generic adapter found in a page: its post elements and, per post, the
/// elements of its author, time, body and buttons; turned into a thread by the DOM adapter
/// engine (``DOMThreadReader``) as if a platform's `html.tsv` had selected them. Every list is in
/// document order.
struct GenericMarks {
    /// The post elements, in document order; a post inside another replies to it.
    var posts: [Int32] = []
    /// Author elements whose visible text is the name.
    var authors: [Int32] = []
    /// Time elements, each with what to read from it (`datetime`, `content`, `title`, text).
    var times: [(node: Int32, take: AdapterTake)] = []
    /// Body elements; a post without one has the block minus the other elements as its body.
    var bodies: [Int32] = []
    /// Buttons and links (`Reply`, `Share`, `Report`) inside posts: boilerplate.
    var actions: [Int32] = []
    /// The method, as the JSON names it (`generic:microdata`).
    var method: String
    /// How sure the method is, in [0, 1] (each finder documents its formula); the JSON's
    /// `adapter.confidence`, rounded to two decimals.
    var confidence: Double

    /// The takes time rows may have, one row each, so that every time element is read its way.
    private static let timeTakes: [AdapterTake] = [
        .attribute(Array("datetime".utf8)), .attribute(Array("content".utf8)), .attribute(Array("data-time".utf8)),
        .attribute(Array("title".utf8)), .text,
    ]

    /// The thread the engine reads from these elements, `platform` `generic`, its adapter the
    /// method; `nil` without posts.
    /// - Complexity: O(n + m) for n nodes and m marked elements.
    func thread(document: HTMLDocument, offsets: HTMLPage, source: String) -> DiscussionThread? {
        guard !posts.isEmpty else { return nil }
        let placeholder = Self.placeholder
        func rule(_ role: AdapterRole, _ take: AdapterTake, _ name: String) -> HTMLAdapter.Rule {
            HTMLAdapter.Rule(
                role: role, selector: placeholder, source: "", take: take, weight: 1, name: name, origin: method)
        }
        var rules = [rule(.post, .text, "post"), rule(.author, .text, "author"), rule(.body, .text, "body")]
        var matches: [[Int32]] = [posts, authors, bodies]
        for take in Self.timeTakes {
            rules.append(rule(.time, take, "time"))
            matches.append(times.filter { $0.take == take }.map(\.node))
        }
        rules.append(rule(.boilerplate, .text, "post buttons"))
        matches.append(actions)
        let reader = DOMThreadReader(
            document: document, adapter: HTMLAdapter(name: "generic", rules: rules), offsets: offsets,
            given: (matches, 0, bodies.count < posts.count))
        guard var thread = reader.read(source: source) else { return nil }
        thread.adapter = AdapterMatch(method: method, confidence: (confidence * 100).rounded() / 100)
        return thread
    }

    /// The selector of rows whose matches are given: never matched against the page.
    private static let placeholder: CSSSelector = {
        guard let selector = try? CSSSelector("*") else { preconditionFailure("'*' is a selector") }
        return selector
    }()
}
