extension LexiconBundle {
    /// What a command reads from the lexicons, and so which files a replacing `--lexicons DIR`
    /// must hold.
    package enum Purpose: String, Sendable, CaseIterable {
        /// Scoring texts: the incivility terms, the target words and the stance cues.
        case analysis
        /// Taking pages apart: the platform profiles and the words of dates and times.
        case pages

        /// The files (or, ending in `/`, folders of `.tsv` files) this purpose needs.
        package var requiredFiles: [String] {
            switch self {
            case .analysis: ["incivility.tsv", "targets.tsv", "stance.tsv"]
            case .pages: ["platforms/", TimeVocabulary.fileName]
            }
        }
    }

    /// The required files of `purposes` that the bundle lacks, in the order listed.
    package func missingFiles(for purposes: [Purpose]) -> [String] {
        purposes.flatMap(\.requiredFiles).filter { required in
            required.hasSuffix("/") ? files(under: required).isEmpty : file(required) == nil
        }
    }
}
