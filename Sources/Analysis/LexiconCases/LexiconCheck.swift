/// One expectation of a lexicon test case (`band>=low`, `category=insult`, `target=participant`).
package enum LexiconCheck: Hashable, Sendable, CustomStringConvertible {
    /// How a band is compared.
    package enum Comparison: String, Hashable, Sendable {
        case equal = "=", atLeast = ">=", atMost = "<="
    }

    case band(Comparison, Severity)
    case category(String)
    case noCategory(String)
    /// The target kind, `nil` for `target=none`.
    case target(TargetKind?)
    case stance(ReplyStance)
    case targetStance(name: String, TargetStance)

    package var description: String {
        switch self {
        case .band(let comparison, let band): "band\(comparison.rawValue)\(band.rawValue)"
        case .category(let name): "category=\(name)"
        case .noCategory(let name): "nocategory=\(name)"
        case .target(let kind): "target=\(kind?.rawValue ?? "none")"
        case .stance(let stance): "stance=\(stance.rawValue)"
        case .targetStance(let name, let stance): "targetstance=\(name):\(stance.rawValue)"
        }
    }

    /// Parses one `;`-separated check; `variants=off` is handled by the caller.
    /// - Throws: a message naming what is wrong.
    static func parse(_ text: String) throws(LexiconCaseError) -> LexiconCheck {
        let comparisons: [Comparison] = [.atLeast, .atMost, .equal]
        guard let comparison = comparisons.first(where: { text.contains($0.rawValue) }),
            let range = text.range(of: comparison.rawValue)
        else {
            throw LexiconCaseError("check '\(text)' must be key=value, key>=value or key<=value")
        }
        let key = String(text[..<range.lowerBound]).lowercased()
        let value = String(text[range.upperBound...])
        if comparison != .equal, key != "band" {
            throw LexiconCaseError("only band takes >= or <=, not '\(text)'")
        }
        switch key {
        case "band":
            guard let band = Severity(rawValue: value) else {
                throw LexiconCaseError("unknown band '\(value)': expected none, low, medium or high")
            }
            return .band(comparison, band)
        case "category", "nocategory":
            guard !value.isEmpty else { throw LexiconCaseError("\(key) needs a category name") }
            return key == "category" ? .category(value) : .noCategory(value)
        case "target":
            if value == "none" { return .target(nil) }
            guard let kind = TargetKind(rawValue: value) else {
                throw LexiconCaseError("unknown target '\(value)': expected participant, group, third-party or none")
            }
            return .target(kind)
        case "stance":
            guard let stance = ReplyStance(rawValue: value) else {
                throw LexiconCaseError("unknown stance '\(value)': expected support, deny, query or comment")
            }
            return .stance(stance)
        case "targetstance":
            guard let colon = value.lastIndex(of: ":"),
                let stance = TargetStance(rawValue: String(value[value.index(after: colon)...])),
                colon != value.startIndex
            else {
                throw LexiconCaseError("targetstance must be NAME:favour, NAME:against or NAME:none, not '\(value)'")
            }
            return .targetStance(name: String(value[..<colon]), stance)
        default:
            throw LexiconCaseError(
                "unknown check '\(key)': expected band, category, nocategory, target, stance, targetstance or variants")
        }
    }
}

/// What is wrong with a lexicon test case line.
package struct LexiconCaseError: Error, CustomStringConvertible, Sendable {
    package var description: String

    init(_ description: String) {
        self.description = description
    }
}
