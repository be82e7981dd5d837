/// A reaction shown under a post, such as `Like 3`.
public struct Reaction: Codable, Hashable, Sendable {
    /// The reaction's name as the platform shows it (`Thumbs Up`).
    public var name: String
    /// How many members gave it.
    public var count: Int

    /// Creates a reaction.
    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}
