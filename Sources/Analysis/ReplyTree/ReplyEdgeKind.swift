/// The evidence that one post replies to another, strongest first.
public enum ReplyEdgeKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// The page nests the post under its parent or names the parent's id (threaded platforms).
    case nesting
    /// The post quotes the parent (the quote found in the parent, or its author named in the header).
    case quote
    /// The post refers to the parent by number (`#12`, `post 12`).
    case postReference
    /// The post @mentions the parent's author.
    case mention
    /// The post opens with a reply cue (`Yeah`, `No,`, `Exactly`) and follows the parent.
    case cue
    /// No evidence: the post is taken to answer the opening post.
    case thread
}
