import Analysis
import Lexicon
import PageParsing
import Reports

/// Answers Perspective API requests from our analyzer: the attribute map says which evidence
/// counts toward each attribute, the calibration turns the raw score into a probability.
package struct PerspectiveModel: Sendable {
    /// The `requestedAttributes` entry that adds our own explanation to the response.
    package static let explainAttribute = "THREADSCAN_EXPLAIN"
    /// The request header that does the same (`X-Threadscan-Explain: true`).
    package static let explainHeader = "x-threadscan-explain"
    /// The version of the explanation object.
    package static let explainSchema = "threadscan.perspective-explain/1"
    /// Perspective API's limit on `comment.text`, in bytes: the default of `--max-text-bytes`.
    package static let defaultMaximumTextBytes = 20480

    package let analyzer: Analyzer
    package let attributes: PerspectiveAttributeMap
    package let calibration: Calibration
    package let maximumTextBytes: Int

    /// Builds the model from the lexicons of `bundle`.
    /// - Throws: `LexiconError` for a malformed or missing lexicon file.
    package init(bundle: LexiconBundle, maximumTextBytes: Int = defaultMaximumTextBytes) throws(LexiconError) {
        let lexicon = try AnalysisLexicon(bundle: bundle)
        analyzer = Analyzer(lexicon: lexicon)
        attributes = try PerspectiveAttributeMap(bundle: bundle, lexicon: lexicon)
        calibration = try Calibration(bundle: bundle)
        self.maximumTextBytes = maximumTextBytes
    }

    /// The probability for an attribute with `rules` on `incivility`.
    package func probability(_ rules: [PerspectiveAttributeMap.Rule], _ incivility: IncivilityResult) -> Double {
        calibration.probability(PerspectiveAttributeMap.rawScore(rules, incivility))
    }

    /// The response to an analyze request, in Perspective's shape (plus `threadscan` when the
    /// explanation is asked for, by the attribute or by `explainHeader`).
    /// - Throws: `PerspectiveError` for an empty or too long text, an attribute we do not
    ///   compute, a language we do not score.
    package func analyze(_ request: AnalyzeCommentRequest, explain explainHeader: Bool = false) throws(PerspectiveError)
        -> JSONValue
    {
        let textBytes = request.text.utf8.count
        guard textBytes <= maximumTextBytes else {
            throw .invalidArgument(
                PerspectiveError.Message.tooLong(textBytes, limit: maximumTextBytes), errorType: "COMMENT_TOO_LONG")
        }
        let text = request.type == .html ? Self.visibleText(ofHTML: request.text) : request.text
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw .invalidArgument(PerspectiveError.Message.emptyText, errorType: "COMMENT_EMPTY")
        }
        let explain = explainHeader || request.attributes.contains { $0.name == Self.explainAttribute }
        let requested = request.attributes.filter { $0.name != Self.explainAttribute }
        guard !requested.isEmpty else { throw .invalidArgument(PerspectiveError.Message.noAttributes) }
        var rules: [[PerspectiveAttributeMap.Rule]] = []
        for attribute in requested {
            guard let found = attributes.rules(of: attribute.name) else {
                throw .invalidArgument(
                    PerspectiveError.Message.unknownAttribute(attribute.name, known: attributes.names))
            }
            rules.append(found)
        }
        let unsupported = request.languages.filter { !Self.isEnglish($0) }
        if !unsupported.isEmpty {
            throw .invalidArgument(
                PerspectiveError.Message.unsupportedLanguages(unsupported, attribute: requested[0].name),
                errorType: "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE")
        }
        let context = AnalysisContext(parentText: request.context.last)
        let analysis = analyzer.analyze(text, context: context)
        let sentences = request.spanAnnotations ? Self.sentences(of: text, analyzer: analyzer, context: context) : []
        var scores: [(String, JSONValue)] = []
        for (attribute, rules) in zip(requested, rules) {
            let value = probability(rules, analysis.incivility)
            if let threshold = attribute.threshold, value < threshold { continue }
            var score: [(String, JSONValue)] = []
            if request.spanAnnotations {
                let spans = sentences.map { sentence in
                    JSONValue.object([
                        ("begin", .int(sentence.span.begin)), ("end", .int(sentence.span.end)),
                        ("score", Self.score(probability(rules, sentence.incivility))),
                    ])
                }
                score.append(("spanScores", .array(spans)))
            }
            score.append(("summaryScore", Self.score(value)))
            scores.append((attribute.name, .object(score)))
        }
        var response: [(String, JSONValue)] = [
            ("attributeScores", .object(scores)),
            ("languages", .array((request.languages.isEmpty ? ["en"] : request.languages).map { .string($0) })),
        ]
        if let token = request.clientToken { response.append(("clientToken", .string(token))) }
        if explain { response.append(("threadscan", explanation(analysis, text: text, rules: zip(requested, rules)))) }
        return .object(response)
    }

    /// `{"value": p, "type": "PROBABILITY"}`.
    static func score(_ value: Double) -> JSONValue {
        .object([("value", .number(value, places: 6)), ("type", .string("PROBABILITY"))])
    }

    /// Our own account of the text: the analysis as `threadscan explain --format json` gives it,
    /// and each attribute's raw score before calibration.
    private func explanation(
        _ analysis: TextAnalysis, text: String,
        rules: Zip2Sequence<[AnalyzeCommentRequest.RequestedAttribute], [[PerspectiveAttributeMap.Rule]]>
    ) -> JSONValue {
        var members: [(String, JSONValue)] = [("schema", .string(Self.explainSchema))]
        members.append(
            (
                "rawScores",
                .object(
                    rules.map { attribute, rules in
                        (
                            attribute.name,
                            .number(PerspectiveAttributeMap.rawScore(rules, analysis.incivility), places: 6)
                        )
                    })
            ))
        if case .object(let analysisMembers) = TextAnalysisJSON.value(analysis, text: text) {
            members += analysisMembers
        }
        return .object(members)
    }

    /// Whether a requested language is English (`en`, `en-GB`, `EN_us`).
    static func isEnglish(_ language: String) -> Bool {
        let lowered = language.lowercased()
        return lowered == "en" || lowered.hasPrefix("en-") || lowered.hasPrefix("en_")
    }

    /// The text a browser would show for an HTML comment, parsed with our HTML engine.
    static func visibleText(ofHTML html: String) -> String {
        let document = HTMLDocument.parse(Array(html.utf8))
        return document.visibleText(of: HTMLDocument.documentIndex)
    }

    /// Each sentence of `text` with its own analysis.
    static func sentences(of text: String, analyzer: Analyzer, context: AnalysisContext) -> [(
        span: SentenceSpans.Span, incivility: IncivilityResult
    )] {
        let bytes = Array(text.utf8)
        return SentenceSpans(text).spans.map { span in
            let sentence = String(decoding: bytes[span.bytes], as: UTF8.self)
            return (span, analyzer.analyze(sentence, context: context).incivility)
        }
    }
}
