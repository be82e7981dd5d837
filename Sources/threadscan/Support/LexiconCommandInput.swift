import ThreadScan

/// The lexicon folder of `lexicon test` and `lexicon lint`: a `DIR` argument, else `--lexicons`,
/// else the built-in lexicons.
///
/// A `DIR` argument that lacks the analysis lexicons (a community's additions: its own cases and
/// a few entries) is read on top of the built-in lexicons, as `--lexicons +DIR` reads it, and a
/// note says so; a folder without any lexicon file is an error.
enum LexiconCommandInput {
    static func bundle(_ arguments: ParsedArguments, terminal: Terminal) throws -> LexiconBundle {
        guard arguments.positionals.count <= 1 else { throw UsageError(message: "expected at most one lexicon folder") }
        guard let directory = arguments.positionals.first else { return try LexiconOption.bundle(arguments, for: []) }
        guard arguments.value("lexicons") == nil else {
            throw UsageError(message: "give the lexicon folder either as an argument or with --lexicons, not both")
        }
        return try bundle(directory: directory, terminal: terminal)
    }

    /// The lexicons of the folder `directory`: alone when it holds the analysis lexicons, else on
    /// top of the built-in ones, with a note saying so unless `noted` is false.
    static func bundle(directory: String, terminal: Terminal, noted: Bool = true) throws -> LexiconBundle {
        var bundle: LexiconBundle
        do {
            bundle = try LexiconBundle.load(directory: directory)
        } catch {
            throw CommandFailure(message: error.description)
        }
        guard !bundle.files.isEmpty else {
            throw CommandFailure(message: "\(directory): no lexicon files (.tsv) in this folder")
        }
        let missing = bundle.missingFiles(for: [.analysis])
        if !missing.isEmpty {
            if noted {
                terminal.write(
                    "note: \(directory) has no \(missing.joined(separator: ", ")): read on top of the built-in lexicons, as --lexicons +\(directory) reads it (--lexicons \(directory) alone would be refused)\n"
                )
            }
            var merged = LexiconBundle.defaults
            merged.merge(bundle)
            bundle = merged
        }
        return bundle
    }
}
