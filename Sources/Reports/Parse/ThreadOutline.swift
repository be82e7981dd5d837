import ThreadModel

/// A readable outline of a parsed thread, for `threadscan parse --format text`. Posts are
/// labelled as the forum numbers them (``Post/displayNumber``), as in the reports.
package enum ThreadOutline {
    /// How many characters of a body or quote the outline shows.
    package static let excerptLength = 160

    /// The outline of `thread`.
    package static func render(_ thread: DiscussionThread) -> String {
        var out = "\(thread.source)\n"
        out += "├─ platform: \(thread.platform)  format: \(thread.format)  encoding: \(thread.encoding)\n"
        out += "├─ title: \(thread.title.map { "\"\($0)\"" } ?? "(none)")\n"
        for warning in thread.warnings {
            out += "├─ warning: \(warning)\n"
        }
        let boilerplate = thread.segments.filter { $0.kind == .boilerplate }
        let names = Dictionary(grouping: boilerplate, by: { $0.name ?? "boilerplate" })
            .map { "\($0.key) ×\($0.value.count)" }.sorted()
        out +=
            "├─ boilerplate: \(boilerplate.count) segment(s)\(names.isEmpty ? "" : ": " + names.joined(separator: ", "))\n"
        out += "└─ posts: \(thread.posts.count)\n"
        for (offset, post) in thread.posts.enumerated() {
            let last = offset == thread.posts.count - 1
            let branch = last ? "   └─ " : "   ├─ "
            let stem = last ? "      " : "   │  "
            var author = post.author ?? "(unknown author)"
            if post.authorInferred { author += " (inferred)" }
            out += "\(branch)#\(post.displayNumber) \(author)"
            if let timestamp = post.timestamp { out += " · \(timestamp)" }
            out += "  @\(post.span.lineStart)–\(post.span.lineEnd)\n"
            for quote in post.quotes {
                let source =
                    quote.postIndex.flatMap { thread.posts.indices.contains($0) ? thread.posts[$0] : nil }
                    .map { "#\($0.displayNumber)" } ?? "not on this page"
                out += "\(stem)» quote of \(quote.author ?? "unknown") (\(source)): \(excerpt(quote.text))\n"
            }
            out += "\(stem)\(excerpt(post.body))\n"
            if !post.reactions.isEmpty {
                out +=
                    "\(stem)reactions: " + post.reactions.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
                    + "\n"
            }
            if !post.attachments.isEmpty {
                out += "\(stem)attachments: " + post.attachments.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// The first `excerptLength` characters of `text` on one line, with an ellipsis when cut.
    static func excerpt(_ text: String) -> String {
        let flat = text.prefix(excerptLength + 1).split(whereSeparator: \.isNewline).joined(separator: " ")
        if flat.isEmpty { return "(no text of its own)" }
        guard flat.count > excerptLength else { return flat }
        return flat.prefix(excerptLength) + "…"
    }
}
