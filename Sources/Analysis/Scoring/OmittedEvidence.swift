/// Evidence a result does not list: the pieces of one entry or rule past the first
/// `OmittedEvidence.listedPerName` of the text, counted, so that a huge text's result (and its
/// report) stays bounded without hiding that the entry fired again.
public struct OmittedEvidence: Codable, Hashable, Sendable {
    /// How many pieces of evidence of one entry or rule a result lists; the rest are counted here.
    public static let listedPerName = 20

    /// Whether the entry or the rule fired.
    public var source: Evidence.Source
    /// The entry's term or the rule's name, as in `Evidence.name`.
    public var name: String
    /// How many pieces of its evidence are not listed.
    public var count: Int

    /// Creates a count of omitted evidence.
    package init(source: Evidence.Source, name: String, count: Int) {
        self.source = source
        self.name = name
        self.count = count
    }

    /// Keeps in `evidence` the first `listedPerName` pieces of each entry and rule, in order, and
    /// returns the counts of the others, in the order they were first left out.
    /// - Complexity: O(n) in the number of pieces.
    static func limit(_ evidence: inout [Evidence]) -> [OmittedEvidence] {
        guard evidence.count > listedPerName else { return [] }
        var listed: [Key: Int] = [:]
        var omittedAt: [Key: Int] = [:]
        var omitted: [OmittedEvidence] = []
        evidence.removeAll { piece in
            let key = Key(source: piece.source, name: piece.name)
            let seen = listed[key, default: 0]
            guard seen >= listedPerName else {
                listed[key] = seen + 1
                return false
            }
            if let index = omittedAt[key] {
                omitted[index].count += 1
            } else {
                omittedAt[key] = omitted.count
                omitted.append(OmittedEvidence(source: piece.source, name: piece.name, count: 1))
            }
            return true
        }
        return omitted
    }

    private struct Key: Hashable {
        var source: Evidence.Source
        var name: String
    }
}
