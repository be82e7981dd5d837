/// Which method found a thread's posts, and how sure it is.
public struct AdapterMatch: Codable, Hashable, Sendable {
    /// The method: `html:NAME` for a platform's DOM adapter (`Lexicons/platforms/NAME/html.tsv`),
    /// `text:NAME` for its copied-text profile.
    public var method: String
    /// In [0, 1]: for a DOM adapter, the share of its recognition weight the page matched; for a
    /// copied-text profile, 1 when forced, else how clearly its lines won.
    public var confidence: Double

    /// Creates a match.
    public init(method: String, confidence: Double) {
        self.method = method
        self.confidence = confidence
    }
}
