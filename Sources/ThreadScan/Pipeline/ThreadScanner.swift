import Foundation

/// The pipeline for one thread: parse its pages, rebuild the reply tree, analyze each post's own
/// words in the context of its parent, and build the report (signals, queue, summaries).
///
/// (Named `ThreadScanner`, not `Scanner`, which Foundation already has.)
public struct ThreadScanner: Sendable {
    /// Analyzes one post's own words in its context.
    public typealias AnalyzePost = @Sendable (_ post: Post, _ context: AnalysisContext) -> TextAnalysis
    /// The thread's main targets (names in the title and opening post), for target stance.
    public typealias FindTargets = @Sendable (_ thread: DiscussionThread) -> [String]

    /// The page parser.
    public let parser: PageParser
    /// The reply-tree builder.
    public let treeBuilder: ReplyTreeBuilder
    /// The thread-level logic: signals, queue, summaries.
    public let reportBuilder: ThreadReportBuilder
    /// A platform to read pages as, instead of detecting it.
    public var platform: String?
    private let analyzePost: AnalyzePost
    private let findTargets: FindTargets

    /// Creates a scanner from its stages.
    public init(
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

    /// Parses the pages of one thread, in order, into one thread.
    public func parse(pages: [(bytes: [UInt8], source: String)]) -> DiscussionThread {
        DiscussionThread.merging(pages.map { parser.parse($0.bytes, source: $0.source, platform: platform) })
    }

    /// The report of a parsed thread.
    /// - Complexity: O(n) in the length of the thread, plus sorting the queue.
    public func report(_ thread: DiscussionThread, pages: [String]? = nil) -> ThreadReport {
        let tree = treeBuilder.build(thread)
        var participants: [String] = []
        var seen: Set<String> = []
        for author in thread.posts.compactMap(\.author) where seen.insert(author.lowercased()).inserted {
            participants.append(author)
        }
        let targets = findTargets(thread)
        let analyses = analyzeAll(thread, tree: tree, participants: participants, targets: targets)
        var report = reportBuilder.report(thread: thread, tree: tree, analyses: analyses)
        report.pages = pages ?? [thread.source]
        return report
    }

    /// How many posts a thread needs before its posts are analyzed on every core.
    static let parallelThreshold = 256

    /// One analysis per post, each with its parent as context; a long thread is cut into chunks
    /// analyzed in parallel.
    private func analyzeAll(_ thread: DiscussionThread, tree: ReplyTree, participants: [String], targets: [String])
        -> [TextAnalysis]
    {
        let posts = thread.posts
        let analyze = analyzePost
        @Sendable func analysis(_ index: Int) -> TextAnalysis {
            let parent = tree.parent(of: index).map { posts[$0] }
            let context = AnalysisContext(
                parentText: parent?.body, parentAuthor: parent?.author, participants: participants, targets: targets)
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
