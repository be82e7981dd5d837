/// What the analyzer knows about a text's place in its thread.
public struct AnalysisContext: Hashable, Sendable {
    /// The text of the post this one replies to, for reply stance.
    public var parentText: String?
    /// The author of the post this one replies to: a name aimed at is a participant.
    public var parentAuthor: String?
    /// The thread's participants (authors, quoted names): a name or @mention of one is a participant target.
    public var participants: [String]
    /// Names to take a stance on (the thread's main targets).
    public var targets: [String]
    /// How many reply cues to keep (the strongest, `StanceResult.keepStrongestCues(_:)`), or nil
    /// for all: a thread's scanner keeps only what its report lists.
    package var listedReplyCues: Int?
    /// Whether the results show their evidence: the text of each span, and the learned weights'
    /// strongest features. Without it the scores, bands, categories, targets and stances are the
    /// same, and each piece of evidence has its name, place and contribution but an empty text:
    /// `threadscan score`, which prints no evidence, turns it off.
    package var showsEvidence = true

    /// Creates a context.
    public init(
        parentText: String? = nil, parentAuthor: String? = nil, participants: [String] = [], targets: [String] = []
    ) {
        self.parentText = parentText
        self.parentAuthor = parentAuthor
        self.participants = participants
        self.targets = targets
        listedReplyCues = nil
    }
}
