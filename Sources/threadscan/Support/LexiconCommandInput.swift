import ThreadScan

/// The lexicon folder of `lexicon test` and `lexicon lint`: a `DIR` argument, else `--lexicons`,
/// else the built-in lexicons.
enum LexiconCommandInput {
    static func bundle(_ arguments: ParsedArguments) throws -> LexiconBundle {
        guard arguments.positionals.count <= 1 else { throw UsageError(message: "expected at most one lexicon folder") }
        if let directory = arguments.positionals.first {
            guard arguments.value("lexicons") == nil else {
                throw UsageError(message: "give the lexicon folder either as an argument or with --lexicons, not both")
            }
            do {
                return try LexiconBundle.load(directory: directory)
            } catch {
                throw CommandFailure(message: error.description)
            }
        }
        return try LexiconOption.bundle(arguments)
    }
}
