/// Which saved pages a thread was merged from, and why they were taken for pages of one thread.
public struct PageMerge: Codable, Hashable, Sendable {
    /// Why the pages were merged.
    public enum Reason: String, Codable, Hashable, Sendable {
        /// Their canonical addresses (or `prev`/`next` links) name one thread once the page
        /// parameter is taken off.
        case canonicalURL = "canonical-url"
        /// Their addresses differ but name the same thread id on the same site (`t=77`, `.812`).
        case threadID = "thread-id"
        /// Copied text without addresses: the same folder, platform and title.
        case title
        /// `--merge` said so.
        case forced = "--merge"
    }

    /// The pages, in the order their posts were merged (page order).
    public var pages: [String]
    /// Why they were merged.
    public var by: Reason

    /// Creates a merge record.
    public init(pages: [String], by: Reason) {
        self.pages = pages
        self.by = by
    }
}
