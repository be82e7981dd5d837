import ThreadScan

/// The `--lexicons DIR|+DIR` option shared by the analysis commands.
enum LexiconOption {
    /// The option: `DIR` replaces the built-in lexicons, `+DIR` adds to them.
    static let spec = OptionSpec.value(
        "lexicons", valueName: "dir",
        help: "Lexicon folder: DIR replaces the built-in lexicons, +DIR adds to them.", kind: .directory
    )

    /// The lexicon bundle the command line asks for, holding what `purposes` need.
    /// - Throws: `UsageError` when a replacing `--lexicons DIR` lacks a required file (the
    ///   message names them and suggests `+DIR`); `CommandFailure` for an unreadable lexicon.
    static func bundle(_ arguments: ParsedArguments, for purposes: [LexiconBundle.Purpose]) throws -> LexiconBundle {
        let option = arguments.value("lexicons")
        let bundle: LexiconBundle
        do {
            bundle = try LexiconBundle.resolve(option: option)
        } catch {
            throw CommandFailure(message: error.description)
        }
        let missing = bundle.missingFiles(for: purposes)
        if let option, !missing.isEmpty {
            throw UsageError(
                message:
                    "--lexicons \(option) has no \(missing.joined(separator: ", ")): a DIR replaces the built-in lexicons, so it must hold all they do; to add to them, write --lexicons +\(option)"
            )
        }
        return bundle
    }

    /// An analyzer built once from the lexicons the command line asks for.
    static func analyzer(_ arguments: ParsedArguments) throws -> Analyzer {
        let bundle = try bundle(arguments, for: [.analysis])
        do {
            return try Analyzer(lexicons: bundle)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}
