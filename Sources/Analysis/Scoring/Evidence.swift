/// Why a score moved: a lexicon entry or a rule that fired on a span of the text.
public struct Evidence: Codable, Hashable, Sendable {
    /// Whether a lexicon entry or a rule fired.
    public enum Source: String, Codable, Hashable, Sendable {
        case entry, rule
    }

    /// The offset of the span's first byte in the text's UTF-8.
    public var start: Int
    /// The offset one past the span's last byte.
    public var end: Int
    /// The span's text as written.
    public var text: String
    /// Whether an entry or a rule fired.
    public var source: Source
    /// The entry's term (`idiot*`) or the rule's name (`negation`).
    public var name: String
    /// The category the evidence counts toward (`insult`), for entries.
    public var category: String?
    /// How much it added to (or, negative, took from) the score or the stance.
    public var contribution: Double
    /// Where the entry is defined (`incivility.tsv:42`), for entries.
    public var origin: String?

    /// Creates evidence.
    package init(
        start: Int, end: Int, text: String, source: Source, name: String, category: String? = nil,
        contribution: Double, origin: String? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.source = source
        self.name = name
        self.category = category
        self.contribution = contribution
        self.origin = origin
    }
}
