import Lexicon
import ThreadModel

/// Reads a page's text, as copied from a browser, into a `Thread`, using the platform profiles
/// of the lexicons.
package struct CopiedTextExtractor: Sendable {
    private let classifiers: [LineClassifier]
    /// The reader of boards no profile knows, tried before a page is read as one article.
    let generic: GenericTextReader
    /// Whether threads get their segments; off when a thread only goes into a report.
    package var keepsSegments = true

    /// Creates an extractor for the profiles in `lexicon`.
    package init(lexicon: PlatformLexicon) {
        let matcher = PatternMatcher(vocabulary: lexicon.vocabulary)
        classifiers = lexicon.profiles.map { LineClassifier(profile: $0, matcher: matcher) }
        generic = GenericTextReader(times: TimeRecognizer(vocabulary: lexicon.vocabulary.times))
    }

    /// The thread in `text`.
    /// - Parameters:
    ///   - text: the decoded page.
    ///   - source: the page's path, or `-`.
    ///   - platform: a profile name to use instead of detecting one.
    /// - Complexity: O(n·r) for n lines and r profile rules, each quote bounded.
    package func extract(_ text: DecodedText, source: String, platform: String? = nil) -> DiscussionThread {
        extract(text, source: source, platform: platform, readGeneric: true)
    }

    /// The thread in `text`; with `readGeneric`, a page no profile recognises is read by the
    /// generic reader (``GenericTextReader``) before it falls back to one article.
    package func extract(_ text: DecodedText, source: String, platform: String?, readGeneric: Bool)
        -> DiscussionThread
    {
        let bytes = text.utf8
        let lines = LineSplitter.split(bytes)
        let forced = platform.flatMap { name in classifiers.first { $0.profile.name == name } }
        let classifier = forced ?? PlatformDetector.detect(lines: lines, classifiers: classifiers)
        guard let classifier, lines.contains(where: { !$0.isBlank }) else {
            let message = classifier == nil ? Self.noProfile : Self.emptyPage
            return DiscussionThread(
                source: source, title: nil, platform: "unknown", posts: [], segments: [], encoding: text.encoding,
                warnings: text.warnings + [ParseWarning(byteOffset: nil, message: message)])
        }
        var facts = LineFactsTable(capacity: lines.count)
        for line in lines.indices { facts.append(classifier.facts(line: line, key: lines.key(line))) }
        // No forum profile matched: the article profile. In order, the news reading when the
        // page shows an article and the reading finds comments, then the generic reader's
        // repeated headers, then the news reading of a page that shows an article, and last one
        // article with the warning ``noLayout``.
        let articleFallback = forced == nil && classifier.profile.settings.article
        let unrecognised = articleFallback && !PlatformDetector.showsAnArticle(facts)
        if unrecognised, readGeneric, let thread = genericThread(text, source: source, lines: lines, bytes: bytes) {
            return thread
        }
        let assembly = Self.assemble(bytes: bytes, lines: lines, facts: consume facts, profile: classifier.profile)
        if articleFallback, !unrecognised, readGeneric, assembly.posts.count <= 1,
            let thread = genericThread(text, source: source, lines: lines, bytes: bytes)
        {
            return thread
        }
        var posts = assembly.posts
        if let depths = text.listDepths {
            let postDepths = assembly.firstLines.map { $0 < depths.count ? depths[$0] : 0 }
            for (index, parent) in ListNesting.parents(depths: postDepths).enumerated() {
                posts[index].replyTo = parent
            }
        }
        let segments =
            keepsSegments ? SegmentBuilder.segments(lines: lines, assignments: assembly.assignments, bytes: bytes) : []
        return DiscussionThread(
            source: source, title: assembly.title, platform: classifier.profile.name, posts: posts,
            segments: segments,
            openingPostIsArticle: classifier.profile.settings.article && !posts.isEmpty && !unrecognised,
            encoding: text.encoding,
            warnings: text.warnings + (unrecognised ? [ParseWarning(byteOffset: nil, message: Self.noLayout)] : [])
        )
    }

    /// Whether `thread`, read without a forced platform, is the article fallback's reading that
    /// found no discussion: one article with the warning ``noLayout``, or a news article without
    /// comments. Such a page gives the generic readers their chance.
    package static func foundNoDiscussion(_ thread: DiscussionThread) -> Bool {
        if thread.warnings.contains(where: { $0.byteOffset == nil && $0.message == noLayout }) { return true }
        return thread.openingPostIsArticle && thread.posts.count <= 1
    }

    /// The warning of a page that no forum profile recognises and that shows nothing of a news
    /// page either: its text is read as one article, scored and queued like a post.
    package static let noLayout = "no forum layout recognised: read as one article"
    /// The warning of an input without any text.
    package static let emptyPage = "empty page: no text to read"
    /// The warning when the lexicons have no platform profile at all.
    package static let noProfile = "no platform profiles in the lexicons: the page was not read"

    /// The thread the generic reader finds in `text`, or `nil`; its list depths give replies.
    package func genericThread(_ text: DecodedText, source: String) -> DiscussionThread? {
        let bytes = text.utf8
        return genericThread(text, source: source, lines: LineSplitter.split(bytes), bytes: bytes)
    }

    private func genericThread(_ text: DecodedText, source: String, lines: SourceLines, bytes: [UInt8])
        -> DiscussionThread?
    {
        generic.read(
            bytes: bytes, lines: lines, source: source, encoding: text.encoding, warnings: text.warnings,
            keepsSegments: keepsSegments)
    }

    /// The names of the profiles this extractor knows.
    package var platforms: [String] {
        classifiers.map(\.profile.name)
    }

    /// The posts, their first lines, the title and every line's assignment of a page under
    /// `profile`. The assembler, its quote index and the lines' facts are freed on return, before
    /// the segments are built.
    private static func assemble(bytes: [UInt8], lines: SourceLines, facts: LineFactsTable, profile: PlatformProfile)
        -> (posts: [Post], firstLines: [Int], title: String?, assignments: LineAssignments)
    {
        var assembler = ThreadAssembler(bytes: bytes, lines: lines, facts: facts, profile: profile)
        assembler.run()
        let posts = assembler.posts.enumerated().map { index, draft in
            makePost(index: index, draft: draft, assembler: assembler)
        }
        return (posts, assembler.posts.map(\.firstLine), assembler.title, assembler.assignments)
    }

    private static func makePost(index: Int, draft: PostDraft, assembler: ThreadAssembler) -> Post {
        let lines = assembler.lines
        func span(_ first: Int, _ last: Int) -> SourceSpan {
            SourceSpan(
                lineStart: lines[first].number, lineEnd: lines[last].number,
                byteStart: lines[first].byteStart, byteEnd: lines[last].byteEnd
            )
        }
        let quotes = draft.quotes.map { quote in
            Quote(
                author: quote.author, postIndex: quote.postIndex, time: quote.time,
                text: assembler.joinedText(quote.lines), span: span(quote.firstLine, quote.lastLine)
            )
        }
        let lastLine = max(draft.firstLine, draft.lastLine)
        return Post(
            index: index, author: draft.author, authorInferred: draft.authorInferred, timestamp: draft.timestamp,
            body: assembler.joinedText(draft.bodyLines), quotes: quotes, reactions: draft.reactions,
            attachments: draft.attachments,
            signature: draft.signatureLines.isEmpty ? nil : assembler.joinedText(draft.signatureLines),
            span: lines.isEmpty
                ? SourceSpan(lineStart: 0, lineEnd: 0, byteStart: 0, byteEnd: 0) : span(draft.firstLine, lastLine)
        )
    }
}
