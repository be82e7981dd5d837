import Lexicon
import ThreadModel

/// The adapter for every board no platform adapter recognises: schema.org microdata, then
/// JSON-LD, then repeated blocks (see ``MicrodataFinder``, ``JSONLDFinder``,
/// ``RepeatedBlockFinder``). Its threads have the platform `generic` and the method that found
/// the posts as their adapter (`generic:microdata`, `generic:json-ld`, `generic:repeated-blocks`).
struct GenericDOMAdapter {
    let document: HTMLDocument
    let offsets: HTMLPage
    let times: TimeRecognizer

    /// The thread the first method that finds posts reads; `nil` when none does.
    /// - Complexity: O(n·c) for n nodes of at most c classes (see the finders).
    func read(source: String) -> DiscussionThread? {
        let walk = PageWalk(document)
        if let marks = MicrodataFinder.find(document, walk: walk),
            let thread = marks.thread(document: document, offsets: offsets, source: source)
        {
            return finished(thread)
        }
        if let thread = jsonLD(walk: walk, source: source) { return finished(thread) }
        let facts = GenericNodeFacts(document: document, times: times)
        if let marks = RepeatedBlockFinder.find(document, walk: walk, facts: facts),
            var thread = marks.thread(document: document, offsets: offsets, source: source)
        {
            // A time read from text keeps only the time, split on separators as the copied-text
            // reader splits it (`posted 3 days ago` → `3 days ago`, `12 points · 4 hours ago` →
            // `4 hours ago`).
            for index in thread.posts.indices {
                guard let shown = thread.posts[index].timestamp,
                    let time = times.headerTime(Array(shown.utf8)[...])
                else { continue }
                thread.posts[index].timestamp = String(decoding: time, as: UTF8.self)
            }
            return finished(thread)
        }
        return nil
    }

    /// Posts from JSON-LD: on the elements that show their texts when every one is found, else
    /// from the JSON alone, each spanning its script element (the page's text is then furniture).
    ///
    /// Confidence: 0.8 when every entry's text was found on its own element of the page (the
    /// markup confirms the JSON), 0.5 from the JSON alone (the posts' spans are the script's).
    private func jsonLD(walk: PageWalk, source: String) -> DiscussionThread? {
        let entries = JSONLDFinder.entries(document, walk: walk)
        guard !entries.isEmpty else { return nil }
        let elements = JSONLDFinder.elements(entries, document: document, walk: walk)
        var thread: DiscussionThread
        var order: [Int]
        if elements.allSatisfy({ $0 != nil }), Set(elements.compactMap { $0 }).count == entries.count {
            order = entries.indices.sorted { walk.position[Int(elements[$0]!)] < walk.position[Int(elements[$1]!)] }
            let marks = GenericMarks(
                posts: order.map { elements[$0]! }, method: "generic:json-ld", confidence: 0.8)
            guard let found = marks.thread(document: document, offsets: offsets, source: source) else { return nil }
            thread = found
        } else {
            order = Array(entries.indices)
            let marks = GenericMarks(method: "generic:json-ld", confidence: 0.5)
            let reader = DOMThreadReader(
                document: document, adapter: HTMLAdapter(name: "generic", rules: []), offsets: offsets,
                given: ([], nil, false))
            guard var empty = reader.read(source: source) else { return nil }
            empty.adapter = AdapterMatch(method: marks.method, confidence: marks.confidence)
            empty.posts = entries.indices.map { index in
                Post(
                    index: index, body: entries[index].text,
                    span: offsets.span(document.nodes[Int(entries[index].script)].range))
            }
            thread = empty
        }
        var indexOf = [Int](repeating: 0, count: entries.count)
        for (position, entry) in order.enumerated() { indexOf[entry] = position }
        for (position, entry) in order.enumerated() {
            thread.posts[position].author = entries[entry].author
            thread.posts[position].timestamp = entries[entry].date
            thread.posts[position].isoTime = entries[entry].date.flatMap(AdapterValue.isoTime)
            thread.posts[position].replyTo = entries[entry].parent.map { indexOf[$0] }
        }
        return thread
    }

    /// `thread` as every generic thread is: platform `generic`.
    private func finished(_ thread: DiscussionThread) -> DiscussionThread {
        var thread = thread
        thread.platform = "generic"
        return thread
    }
}
