import ThreadModel

/// Turns spans into a page's rendered visible text into spans into the file the HTML came from.
///
/// Three steps, each a binary search: rendered offsets to offsets in the decoded HTML (the
/// renderer's ``RenderedSourceMap``), those to offsets in the file (the decoder's
/// `SourceOffsetMap` for a page that is not UTF-8, then the MHTML part's body offset), and offsets
/// to lines (the line starts of the HTML, counted once by ``HTMLPage``, after the lines of the file
/// before it).
package struct FileSpanMap: Sendable {
    private let sources: RenderedSourceMap
    private let page: HTMLPage

    /// A map for `page` rendered with `sources`.
    package init(page: HTMLPage, sources: RenderedSourceMap) {
        self.sources = sources
        self.page = page
    }

    /// The offsets where lines start in `bytes` (the first at 0), lines ending at LF, CRLF or CR.
    /// - Complexity: O(n) in the number of bytes.
    package static func lineStarts(_ bytes: ArraySlice<UInt8>) -> [Int32] {
        var starts: [Int32] = [0]
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < bytes.endIndex, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                starts.append(Int32(truncatingIfNeeded: index - bytes.startIndex))
            }
        }
        return starts
    }

    /// The span of the file that rendered span `span` comes from: its bytes from the first to the
    /// last byte of HTML its text was rendered from, its lines those bytes' lines.
    /// - Complexity: O(log n + k) for k pieces of the map inside the span.
    package func fileSpan(_ span: SourceSpan) -> SourceSpan {
        let html = sources.sourceRange(of: span.byteStart..<max(span.byteStart, span.byteEnd))
        let lastByte = max(html.lowerBound, html.upperBound - 1)
        return SourceSpan(
            lineStart: page.line(html.lowerBound), lineEnd: page.line(lastByte),
            byteStart: page.fileOffset(html.lowerBound), byteEnd: page.fileOffset(html.upperBound))
    }

    /// `thread` with every span of its segments, posts and quotes pointing into the file.
    /// - Complexity: O(s log n) for s spans.
    package func mapping(_ thread: DiscussionThread) -> DiscussionThread {
        var thread = thread
        for index in thread.segments.indices {
            thread.segments[index].span = fileSpan(thread.segments[index].span)
        }
        for index in thread.posts.indices {
            thread.posts[index].span = fileSpan(thread.posts[index].span)
            for quote in thread.posts[index].quotes.indices {
                thread.posts[index].quotes[quote].span = fileSpan(thread.posts[index].quotes[quote].span)
            }
        }
        return thread
    }
}
