/// One thread to scan: the paths of its pages, in order (`-` for standard input).
public struct ThreadInput: Hashable, Sendable {
    /// The pages, in order.
    public var pages: [String]

    /// Creates an input.
    public init(pages: [String]) {
        self.pages = pages
    }
}
