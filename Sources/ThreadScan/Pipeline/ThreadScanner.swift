import Foundation

/// The pipeline for one thread: parse its pages, rebuild the reply tree, analyze each post's own
/// words in the context of its parent, and build the report (signals, queue, summaries).
///
/// (Named `ThreadScanner`, not `Scanner`, which Foundation already has.)
public struct ThreadScanner: Sendable {
    /// Analyzes one post's own words in its context.
    package typealias AnalyzePost = @Sendable (_ post: Post, _ context: AnalysisContext) -> TextAnalysis
    /// The thread's main targets (names in the title and opening post), for target stance.
    package typealias FindTargets = @Sendable (_ thread: DiscussionThread) -> [String]

    /// The page parser.
    public let parser: PageParser
    /// The reply-tree builder.
    package let treeBuilder: ReplyTreeBuilder
    /// The thread-level logic: signals, queue, summaries.
    package let reportBuilder: ThreadReportBuilder
    /// A platform to read pages as, instead of detecting it.
    public var platform: String?
    /// The most of a page that is read and of a thread that is analysed; reaching one keeps the
    /// part within it and says so in the thread's warnings.
    public var limits: ScanLimits = .standard
    private let analyzePost: AnalyzePost
    private let findTargets: FindTargets

    /// Creates a scanner from its stages.
    package init(
        parser: PageParser, treeBuilder: ReplyTreeBuilder, reportBuilder: ThreadReportBuilder, platform: String? = nil,
        analyzePost: @escaping AnalyzePost, findTargets: @escaping FindTargets
    ) {
        self.parser = parser
        self.treeBuilder = treeBuilder
        self.reportBuilder = reportBuilder
        self.platform = platform
        self.analyzePost = analyzePost
        self.findTargets = findTargets
    }

    /// Parses the pages of one thread, in the order given, into one thread (a post seen on two
    /// pages counted once, quotes attributed across pages; see ``PageGrouping`` for finding
    /// which pages are one thread).
    public func parse(pages: [(bytes: [UInt8], source: String)]) -> DiscussionThread {
        parse(formattedPages: pages.map { ($0.bytes, $0.source, nil) })
    }

    /// Parses the pages of one thread as ``parse(pages:)`` does, each in the format given (`nil`:
    /// detected from its bytes).
    public func parse(formattedPages pages: [(bytes: [UInt8], source: String, format: PageFormat?)])
        -> DiscussionThread
    {
        parse(formattedPages: pages, with: parser)
    }

    /// The thread of `pages` as ``parse(pages:)`` reads it, but without the segments, which no
    /// report shows: for a thread that goes straight into ``report(_:pages:)``, so that a long
    /// page's text is not held twice while it is read.
    package func parseForReport(pages: [(bytes: [UInt8], source: String)]) -> DiscussionThread {
        var parser = parser
        parser.keepsSegments = false
        return parse(formattedPages: pages.map { ($0.bytes, $0.source, nil) }, with: parser)
    }

    private func parse(
        formattedPages pages: [(bytes: [UInt8], source: String, format: PageFormat?)], with parser: PageParser
    ) -> DiscussionThread {
        DiscussionThread.merging(
            pages.map {
                parser.parse($0.bytes, source: $0.source, platform: platform, format: $0.format, limits: limits)
            })
    }

    /// The report of a parsed thread: of its first ``ScanLimits/maximumPosts`` posts, with a
    /// warning when it has more.
    /// - Complexity: O(n) in the length of the thread, plus sorting the queue.
    public func report(_ thread: DiscussionThread, pages: [String]? = nil) -> ThreadReport {
        let thread = thread.keepingPosts(limits.maximumPosts)
        let tree = treeBuilder.build(thread)
        let targets = findTargets(thread)
        let analyses = analyzeAll(
            thread, tree: tree, participants: Self.participants(of: thread, tree: tree), targets: targets)
        var report = reportBuilder.report(thread: thread, tree: tree, analyses: analyses)
        report.pages = pages ?? [thread.source]
        return report
    }

    /// How many of the most recent other authors count as participants a post may name.
    static let recentAuthors = 12

    /// For each post, the participants it may be speaking to: its parent's author, the authors
    /// it quotes, the authors it @mentions, and the `recentAuthors` most recent other authors.
    ///
    /// Names are matched in every post's text, so the list is kept short: matching every author
    /// of a long thread in every post would cost posts × authors. Each author's name is
    /// lowercased once for the thread, not on every comparison.
    /// - Complexity: O(n · recentAuthors) for n posts, plus the length of the bodies for @mentions.
    static func participants(of thread: DiscussionThread, tree: ReplyTree) -> [[String]] {
        let posts = thread.posts
        let keys = posts.map { $0.author?.lowercased() }
        var byKey: [String: String] = [:]
        for (post, key) in zip(posts, keys) {
            if let author = post.author, let key, byKey[key] == nil { byKey[key] = author }
        }
        var recent: [(name: String, key: String)] = []
        var lists: [[String]] = []
        lists.reserveCapacity(posts.count)
        for (index, post) in posts.enumerated() {
            let own = keys[index]
            var names: [String] = []
            var seen: Set<String> = []
            func add(_ name: String?, key: String?) {
                guard let name, let key, key != own, seen.insert(key).inserted else { return }
                names.append(name)
            }
            if let parent = tree.parent(of: post.index) { add(posts[parent].author, key: keys[parent]) }
            for quote in post.quotes { add(quote.author, key: quote.author?.lowercased()) }
            for name in MentionScanner.names(in: post.body) {
                let key = name.lowercased()
                add(byKey[key], key: key)
            }
            for author in recent.reversed() { add(author.name, key: author.key) }
            lists.append(names)
            if let author = post.author, let own {
                recent.removeAll { $0.key == own }
                recent.append((author, own))
                if recent.count > recentAuthors { recent.removeFirst() }
            }
        }
        return lists
    }

    /// How many posts a thread needs before its posts are analyzed on every core.
    static let parallelThreshold = 256

    /// One analysis per post, each with its parent as context, its reply cues cut to those a
    /// report lists (`AnalysisContext.listedReplyCues`: the results are held until the report is
    /// written); a long thread is cut into chunks analyzed in parallel.
    private func analyzeAll(_ thread: DiscussionThread, tree: ReplyTree, participants: [[String]], targets: [String])
        -> [TextAnalysis]
    {
        let posts = thread.posts
        let analyze = analyzePost
        @Sendable func analysis(_ index: Int) -> TextAnalysis {
            let parent = tree.parent(of: index).map { posts[$0] }
            var context = AnalysisContext(
                parentText: parent?.body, parentAuthor: parent?.author, participants: participants[index],
                targets: targets)
            context.listedReplyCues = StanceResult.listedCues
            return analyze(posts[index], context)
        }
        guard posts.count >= Self.parallelThreshold else { return posts.indices.map(analysis) }
        let chunk = Self.parallelThreshold / 4
        let chunks = (posts.count + chunk - 1) / chunk
        let slots = ResultSlots<[TextAnalysis]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            slots.store((part * chunk..<min(posts.count, (part + 1) * chunk)).map(analysis), at: part)
        }
        return (0..<chunks).flatMap { slots.take(at: $0) }
    }
}
