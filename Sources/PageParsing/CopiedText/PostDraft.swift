import ThreadModel

/// A post while the page is being taken apart: line indices rather than text.
struct PostDraft: Sendable {
    /// A quote while the page is being taken apart.
    struct QuoteDraft: Sendable {
        var author: String?
        var postIndex: Int?
        var time: String?
        var lines: [Int]
        var firstLine: Int
        /// The last line of the quote's header (its time may stand on a line of its own).
        var headerEnd: Int
        var lastLine: Int
    }

    var author: String?
    var authorInferred = false
    var timestamp: String?
    var bodyLines: [Int] = []
    var quotes: [QuoteDraft] = []
    var reactions: [Reaction] = []
    var attachments: [String] = []
    var signatureLines: [Int] = []
    var firstLine: Int
    var lastLine: Int
}
