import Analysis
import Lexicon

/// Which of our categories, entries and weights answer each Perspective attribute, read from the
/// lexicon file `perspective.tsv`.
package struct PerspectiveAttributeMap: Sendable {
    /// The lexicon file the map is read from.
    package static let fileName = "perspective.tsv"

    /// One way evidence counts toward an attribute.
    package enum Rule: Hashable, Sendable {
        /// The analyzer's whole score.
        case wholeScore
        /// Every entry of a category.
        case category(String)
        /// One entry, by its term as written in `incivility.tsv`.
        case entry(String)
        /// Any entry whose weight after the rules reaches the value.
        case weight(Double)
    }

    /// The attributes in file order, each with its rules.
    package private(set) var attributes: [(name: String, rules: [Rule])] = []

    /// The attributes' names in file order.
    package var names: [String] { attributes.map(\.name) }

    /// Reads the map from `bundle`, checking every category and entry it names against `lexicon`.
    /// - Throws: `LexiconError` at the file and line of a malformed or unknown rule.
    package init(bundle: LexiconBundle, lexicon: AnalysisLexicon) throws(LexiconError) {
        guard let file = bundle.file(Self.fileName) else {
            throw .unreadable(path: Self.fileName, reason: "the lexicons hold no \(Self.fileName)")
        }
        let table = try TSVTable(file: file.origin, text: file.text, requiredColumns: 3)
        guard table.columns.prefix(3) == ["attribute", "source", "name"] else {
            throw .malformed(
                file: file.origin, line: 1, message: "expected the header 'attribute<TAB>source<TAB>name'")
        }
        let categories = Set(lexicon.categories.map(\.name))
        let terms = Set(lexicon.incivility.map(\.term.description))
        for row in table.rows {
            let name = row[0]
            let value = row[2]
            func fail(_ message: String) -> LexiconError {
                .malformed(file: file.origin, line: row.line, message: message)
            }
            guard !name.isEmpty, name.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || (0x41...0x5A).contains($0) }) else {
                throw fail("attribute '\(name)' should be an upper-case Perspective name such as TOXICITY")
            }
            let rule: Rule
            switch row[1] {
            case "score":
                guard value == "all" else { throw fail("source 'score' takes the name 'all', found '\(value)'") }
                rule = .wholeScore
            case "category":
                guard categories.contains(value) else {
                    throw fail("unknown category '\(value)': not in categories.tsv")
                }
                rule = .category(value)
            case "entry":
                guard terms.contains(value) else {
                    throw fail("unknown entry '\(value)': not a term of incivility.tsv")
                }
                rule = .entry(value)
            case "weight":
                guard let number = Double(value), number > 0, number <= 1 else {
                    throw fail("source 'weight' takes a number in (0, 1], found '\(value)'")
                }
                rule = .weight(number)
            default:
                throw fail("unknown source '\(row[1])': expected score, category, entry or weight")
            }
            if let index = attributes.firstIndex(where: { $0.name == name }) {
                attributes[index].rules.append(rule)
            } else {
                attributes.append((name, [rule]))
            }
        }
    }

    /// The rules of `attribute`, or `nil` when the map does not answer it.
    package func rules(of attribute: String) -> [Rule]? {
        attributes.first { $0.name == attribute }?.rules
    }

    /// The raw score in [0, 1] of an attribute with `rules` on `incivility`: the whole score, or the
    /// entries that match a rule combined as `1 - Π(1 - w)`.
    package static func rawScore(_ rules: [Rule], _ incivility: IncivilityResult) -> Double {
        if rules.contains(.wholeScore) { return incivility.score }
        var keep = 1.0
        for evidence in incivility.evidence where evidence.source == .entry && evidence.contribution > 0 {
            let counts = rules.contains { rule in
                switch rule {
                case .wholeScore: true
                case .category(let name): evidence.category == name
                case .entry(let term): evidence.name == term
                case .weight(let least): evidence.contribution >= least
                }
            }
            if counts { keep *= 1 - min(1, evidence.contribution) }
        }
        return 1 - keep
    }
}
