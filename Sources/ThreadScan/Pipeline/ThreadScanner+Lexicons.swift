extension ThreadScanner {
    /// The standard pipeline from one lexicon bundle: the page parser, the reply tree's cues, the
    /// `Analyzer` for each post (its parent's words as context, the thread's authors as
    /// participants, `MainTargets` of the title and opening post as targets) and the amplifying
    /// reactions.
    /// - Throws: the first malformed lexicon line, as `file:line: what is wrong`.
    public init(lexicons: LexiconBundle, minimumSeverity: Severity = .low, platform: String? = nil) throws(LexiconError)
    {
        let analyzer = try Analyzer(lexicons: lexicons)
        self.init(
            parser: try PageParser(lexicons: lexicons),
            treeBuilder: ReplyTreeBuilder(vocabulary: try ReplyTreeVocabulary(bundle: lexicons)),
            reportBuilder: ThreadReportBuilder(
                amplifiers: try AmplifierLexicon(bundle: lexicons), minimumSeverity: minimumSeverity),
            platform: platform,
            analyzePost: { post, context in analyzer.analyze(post: post, context: context) },
            findTargets: { thread in
                MainTargets.find(title: thread.title ?? "", openingPost: thread.posts.first?.body ?? "")
            }
        )
    }
}
