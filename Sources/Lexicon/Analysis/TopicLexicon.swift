/// One topic's lexicon (`topics/<topic>.tsv`): the target of a debate, its other side, what is
/// related to it, and the words and slogans that take a side on it.
package struct TopicLexicon: Hashable, Sendable {
    /// The topic's name: the file name without `.tsv` (`abortion`, `climate-change`).
    package var name: String
    /// Where the file was read from.
    package var origin: String
    /// The entries, in file order.
    package var entries: [TopicEntry]

    /// Creates a topic lexicon.
    package init(name: String, origin: String, entries: [TopicEntry]) {
        self.name = name
        self.origin = origin
        self.entries = entries
    }
}
