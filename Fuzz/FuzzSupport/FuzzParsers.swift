import Lexicon
import PageParsing

/// The parsers a fuzz target reuses from one input to the next.
package enum FuzzParsers {
    /// The page parser with the built-in lexicons.
    package static let defaults: PageParser = {
        do { return try PageParser(lexicons: .defaults) } catch {
            fatalError("the built-in lexicons do not load: \(error)")
        }
    }()
}
