/// An entry of `spellings.tsv`: a text-speak spelling and the word it is read as (`u` → you,
/// `ppl` → people), so that every entry written with the word also matches the spelling.
package struct SpellingEntry: Hashable, Sendable {
    /// The spelling as written in texts, one word.
    package var spelling: LexiconTerm
    /// The word it is read as, one word; a spelling with two readings (`ur`: your, you're) has two rows.
    package var reads: LexiconTerm
    /// Where it is defined.
    package var origin: String
}
