import Foundation
import Lexicon

/// The learned incivility weights (`weights/incivility.tsv`) resolved for scoring once per
/// analyzer: every feature the file names has an integer id, and its log-odds toward uncivil (its
/// uncivil weight less its civil one) sits at that id in one flat table. A text's words are found
/// by their lowercased bytes, its entries, categories and rules by the bytes of their names: scoring
/// a text builds no feature name, but for the few features it lists.
struct IncivilityFeatureTable: Sendable {
    /// What a feature is, and so the prefix of its name.
    enum Kind: UInt8, Sendable, CaseIterable {
        case word, entry, category, rule, score

        /// The prefix of the feature names of this kind (`score` is a name whole).
        var prefix: String {
            switch self {
            case .word: StanceFeatureName.word
            case .entry: "entry:"
            case .category: "category:"
            case .rule: StanceFeatureName.rule
            case .score: "score"
            }
        }
    }

    /// The bias's log-odds (0 when the file has no bias).
    private(set) var bias: Double = 0
    /// Where the bias is defined (`weights/incivility.tsv:7`).
    private(set) var biasOrigin: String?
    /// Each feature's log-odds toward uncivil, by id: the words first (a word's id is its id in
    /// `words`), then the others in the byte order of their names.
    private(set) var logits: [Double] = []
    /// The kind of each feature, by id.
    private(set) var kinds: [Kind] = []
    /// Where each feature's first weight is defined, by id.
    private(set) var origins: [String?] = []
    /// The words (`word:WORD`), in NFC, as a text's words are compared (see
    /// `appendComparableLowercased(_:to:)`).
    private(set) var words = ByteStringTable()
    /// The id of `score`, if the file weighs it.
    private(set) var score: Int32?
    /// By `Kind`, how the name of a listed feature's evidence starts (`weights:word:`).
    let listedPrefixes = Kind.allCases.map { ScoringRules.weightsRule + ":" + $0.prefix }
    /// By `Kind`, the names after their prefix of the entries, categories and rules, in NFC
    /// (`words` and `score` have none), and the feature id of each name's id there.
    private var names: [ByteStringTable] = Array(repeating: ByteStringTable(), count: Kind.allCases.count)
    private var ids: [[Int32]] = Array(repeating: [], count: Kind.allCases.count)

    /// Resolves `weights`, whose classes are `FeatureWeights.Task.incivility`'s.
    init(_ weights: FeatureWeights) {
        let uncivil = FeatureWeights.Task.incivility.classes.firstIndex(of: "uncivil") ?? 1
        func append(_ name: String, _ values: [Double], _ kind: Kind) {
            logits.append(values[uncivil] - values[1 - uncivil])
            kinds.append(kind)
            origins.append(weights.origins[name])
        }
        if let values = weights.weights(of: FeatureWeights.bias) { bias = values[uncivil] - values[1 - uncivil] }
        biasOrigin = weights.origins[FeatureWeights.bias]
        let sorted = weights.sortedFeatures
        for name in sorted where name.hasPrefix(Kind.word.prefix) {
            guard let values = weights.weights(of: name) else { continue }
            let id = Self.insert(name.dropFirst(Kind.word.prefix.count), into: &words)
            if Int(id) == logits.count { append(name, values, .word) }
        }
        for name in sorted {
            guard let values = weights.weights(of: name) else { continue }
            if name == Kind.score.prefix {
                score = Int32(logits.count)
                append(name, values, .score)
                continue
            }
            guard let kind = [Kind.entry, .category, .rule].first(where: { name.hasPrefix($0.prefix) }) else {
                continue
            }
            let id = Self.insert(name.dropFirst(kind.prefix.count), into: &names[Int(kind.rawValue)])
            if Int(id) == ids[Int(kind.rawValue)].count {
                ids[Int(kind.rawValue)].append(Int32(logits.count))
                append(name, values, kind)
            }
        }
    }

    /// The feature id of the entry, category or rule named `name` (without its prefix), if the
    /// weights weigh it: the name is compared in NFC, as `String`s compare.
    /// - Complexity: O(n) in the length of the name, one hash probe.
    func id(of kind: Kind, named name: String) -> Int32? {
        let kind = Int(kind.rawValue)
        guard names[kind].count > 0 else { return nil }
        // An ASCII name is its own NFC: hashed in place, in the pass that finds it is ASCII.
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> (hash: UInt64, isASCII: Bool) in
            var hash = ByteStringTable.offsetBasis
            var high: UInt8 = 0
            for byte in bytes {
                hash = ByteStringTable.hash(hash, byte)
                high |= byte
            }
            return (hash, high < 0x80)
        }
        var found: Int32?
        if let ascii, ascii.isASCII {
            found = name.utf8.withContiguousStorageIfAvailable { names[kind].find($0, hash: ascii.hash) } ?? nil
        } else {
            var composed = name.precomposedStringWithCanonicalMapping
            found = composed.withUTF8 { names[kind].find($0, hash: ByteStringTable.hash($0)) }
        }
        return found.map { ids[kind][Int($0)] }
    }

    /// The id in `table` of `name` in NFC (an ASCII name is its own).
    private static func insert(_ name: Substring, into table: inout ByteStringTable) -> Int32 {
        var name = String(name)
        if !name.utf8.allSatisfy({ $0 < 0x80 }) { name = name.precomposedStringWithCanonicalMapping }
        return name.withUTF8 { table.insert($0) }
    }
}
