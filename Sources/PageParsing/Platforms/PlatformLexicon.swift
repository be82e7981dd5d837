import Lexicon

/// The platform profiles and their shared vocabulary, loaded from a lexicon bundle.
package struct PlatformLexicon: Hashable, Sendable {
    /// The profiles by name, in name order; `common` is folded into each.
    package var profiles: [PlatformProfile]
    /// The shared vocabulary.
    package var vocabulary: PlatformVocabulary

    /// The profile named `name`, if there is one.
    package func profile(named name: String) -> PlatformProfile? {
        profiles.first { $0.name == name }
    }

    /// Loads `platforms/<name>/text.tsv` (or a flat `platforms/<name>.tsv`), `platforms/common.tsv`,
    /// `times.tsv` and `reactions.tsv` from `bundle`.
    /// - Throws: `LexiconError.malformed` naming the file and line of the first bad line.
    package init(bundle: LexiconBundle) throws(LexiconError) {
        var vocabulary = PlatformVocabulary()
        vocabulary.times = try TimeVocabulary(bundle: bundle)
        var commonRules: [ProfileRule] = []
        if let common = bundle.file("platforms/common.tsv") {
            let table = try TSVTable(file: common.origin, text: common.text, requiredColumns: 2)
            for row in table.rows {
                let kind = row[0]
                let word = Array(row[1].lowercased().utf8)
                switch kind {
                case "month", "weekday", "timeWord":
                    throw .malformed(file: table.file, line: row.line, message: Self.movedToTimes(kind))
                case "attachmentExtension": vocabulary.attachmentExtensions.insert(word)
                default:
                    commonRules.append(try Self.rule(row, file: table.file))
                }
            }
        }
        if let reactions = try bundle.table("reactions.tsv", requiredColumns: 1) {
            for row in reactions.rows {
                let valence = row[1].isEmpty ? "neutral" : row[1]
                guard ["positive", "negative", "neutral"].contains(valence) else {
                    throw .malformed(
                        file: reactions.file, line: row.line,
                        message: "unknown valence '\(valence)'; expected positive, negative or neutral"
                    )
                }
                vocabulary.reactions.insert(Array(row[0].lowercased().utf8))
            }
        }
        var profiles: [PlatformProfile] = []
        for file in bundle.files(under: "platforms/") {
            guard let name = PlatformFiles.textProfileName(file.path) else { continue }
            let table = try TSVTable(file: file.origin, text: file.text, requiredColumns: 2)
            var settings = PlatformProfile.Settings()
            var rules: [ProfileRule] = []
            for row in table.rows {
                if row[0] == "setting" {
                    let on = ["yes", "true", "1"].contains(row[2].lowercased())
                    switch row[1] {
                    case "authorBefore": settings.authorBefore = on
                    case "authorAfter": settings.authorAfter = on
                    case "article": settings.article = on
                    default:
                        throw .malformed(
                            file: table.file, line: row.line,
                            message: "unknown setting '\(row[1])'; expected authorBefore, authorAfter or article"
                        )
                    }
                    continue
                }
                rules.append(try Self.rule(row, file: table.file))
            }
            profiles.append(PlatformProfile(name: name, rules: rules + commonRules, settings: settings))
        }
        self.profiles = profiles
        self.vocabulary = vocabulary
    }

    /// The message for a `month`, `weekday` or `timeWord` row of `platforms/common.tsv`: the words
    /// of dates and times moved to the one list `times.tsv`.
    static func movedToTimes(_ kind: String) -> String {
        "kind '\(kind)' has moved: the words of dates and times are in \(TimeVocabulary.fileName)"
    }

    private static func rule(_ row: TSVTable.Row, file: String) throws(LexiconError) -> ProfileRule {
        guard let kind = ProfileRule.Kind(rawValue: row[0]) else {
            let known = ProfileRule.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw .malformed(
                file: file, line: row.line,
                message:
                    "unknown kind '\(row[0])'; expected one of: setting, attachmentExtension, \(known)"
            )
        }
        let pattern: LinePattern
        do {
            pattern = try LinePattern(row[1])
        } catch {
            throw .malformed(file: file, line: row.line, message: error.message)
        }
        let name = row[2].isEmpty ? kind.rawValue : row[2]
        return ProfileRule(kind: kind, pattern: pattern, name: name, origin: "\(file):\(row.line)")
    }
}
