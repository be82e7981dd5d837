/// One thread to scan: the paths of its pages, in order (`-` for standard input).
package struct ThreadInput: Hashable, Sendable {
    /// The pages, in order.
    package var pages: [String]

    /// Creates an input.
    package init(pages: [String]) {
        self.pages = pages
    }
}
