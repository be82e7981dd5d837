/// One feature of a text that the learned incivility weights weigh, without its name: its id in
/// the `IncivilityFeatureTable`, where the text has it, and the log-odds it adds toward uncivil.
struct WeightedFeature: Hashable, Sendable {
    /// The feature's id in the table.
    var feature: Int32
    /// For a word, the index of its token; for an entry, a category or a rule, the index in the
    /// result's evidence of the first piece that names it; for `score`, -1.
    var place: Int32
    /// Its log-odds toward uncivil: its weight's × its value.
    var logit: Double
}
