import ThreadScan

/// The `--lexicons DIR|+DIR` option shared by the analysis commands.
enum LexiconOption {
    /// The option: `DIR` replaces the built-in lexicons, `+DIR` adds to them.
    static let spec = OptionSpec.value(
        "lexicons", valueName: "DIR|+DIR",
        help: "Lexicon folder: DIR replaces the built-in lexicons, +DIR adds to them."
    )

    /// The lexicon bundle the command line asks for.
    static func bundle(_ arguments: ParsedArguments) throws(CommandFailure) -> LexiconBundle {
        do {
            return try LexiconBundle.resolve(option: arguments.value("lexicons"))
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    /// An analyzer built once from the lexicons the command line asks for.
    static func analyzer(_ arguments: ParsedArguments) throws(CommandFailure) -> Analyzer {
        do {
            return try Analyzer(lexicons: try bundle(arguments))
        } catch let error as LexiconError {
            throw CommandFailure(message: error.description)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }
}
