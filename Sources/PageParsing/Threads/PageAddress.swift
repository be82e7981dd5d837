import Foundation
import ThreadModel

/// A page's place in its thread, read from an address (a canonical URL, or a `prev`/`next` link):
/// the thread's address with the page parameter taken off, the thread id, and the page's order.
///
/// The page parameters taken off (the platforms' pagination forms):
/// - path endings `/page-N` (XenForo), `/page/N` (Invision, WordPress, bbPress, Flarum themes),
///   `/pageN` (vBulletin 4), `/pN` (Vanilla: `/discussion/57/slug/p2`), `/comment-page-N`
///   (WordPress comment pages);
/// - query parameters `page` (vBulletin, MyBB, Discourse, Vanilla, NodeBB), `pg`, `start`
///   (phpBB, FluxBB), `st` (old Invision), `offset`, and `p` (Hacker News) when another
///   parameter is left (phpBB's `viewtopic.php?p=12` names a post, not a page);
/// - SMF's `topic=123.15` (topic 123 from its 15th post);
/// - the fragment, the `sid` session parameter, a leading `www.` and a trailing `/`.
///
/// The remaining query parameters are sorted, so `?t=7&f=2` and `?f=2&t=7` are one thread.
package struct PageAddress: Hashable, Sendable {
    /// The thread's address without its page parameter (`https://forum.example/threads/x.812`).
    package var thread: String
    /// The thread's id on its site (`forum.example 812`), when the address has one: a `t`,
    /// `topic`, `threadid` or `tid` parameter, else a last path segment `slug.N`, `N` or `N-slug`.
    package var threadID: String?
    /// The page's order within the thread: 0 for the first page, `N - 1` for page N, the offset
    /// for offset forms (`start=20`).
    package var order: Double

    /// The host used to resolve a relative link when the page names no canonical address.
    static let relativeBase = "http://relative.invalid/"
    /// Query parameters that number pages.
    static let pageParameters: Set<String> = ["page", "pg"]
    /// Query parameters that count posts from the first page.
    static let offsetParameters: Set<String> = ["start", "st", "offset"]
    /// Query parameters dropped from the thread's address.
    static let ignoredParameters: Set<String> = ["sid"]
    /// Query parameters that hold a thread id, in order of preference.
    static let threadIDParameters = ["t", "topic", "threadid", "tid"]

    /// The address of `link`, resolved against `base` (else against a placeholder host);
    /// `nil` when it is no web address.
    package init?(_ link: String, base: String? = nil) {
        let baseURL = URL(string: base ?? Self.relativeBase) ?? URL(string: Self.relativeBase)
        guard let url = URL(string: link.trimmingCharacters(in: .whitespaces), relativeTo: baseURL)?.absoluteURL,
            var components = URLComponents(url: url, resolvingAgainstBaseURL: true), let host = components.host,
            !host.isEmpty
        else { return nil }
        var order = 0.0
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if let last = segments.last, let number = Self.pageNumber(inSegment: last) {
            order = Double(number - 1)
            path = segments.dropLast().joined(separator: "/")
        } else if segments.count >= 2, segments[segments.count - 2] == "page", let number = Int(segments.last!) {
            order = Double(number - 1)
            path = segments.dropLast(2).joined(separator: "/")
        }
        while path.hasSuffix("/") { path.removeLast() }
        var items = components.queryItems ?? []
        let hasOtherParameters = items.contains {
            let name = $0.name.lowercased()
            return name != "p" && !Self.pageParameters.contains(name) && !Self.offsetParameters.contains(name)
                && !Self.ignoredParameters.contains(name)
        }
        var kept: [URLQueryItem] = []
        for item in items {
            let name = item.name.lowercased()
            let value = item.value ?? ""
            if Self.pageParameters.contains(name) || (name == "p" && hasOtherParameters), let number = Int(value) {
                order = Double(max(0, number - 1))
            } else if Self.offsetParameters.contains(name), let offset = Int(value) {
                order = Double(max(0, offset))
            } else if Self.ignoredParameters.contains(name) {
                continue
            } else if name == "topic", let dot = value.firstIndex(of: "."),
                let offset = Int(value[value.index(after: dot)...])
            {
                order = Double(offset)
                kept.append(URLQueryItem(name: name, value: String(value[..<dot])))
            } else {
                kept.append(URLQueryItem(name: name, value: value))
            }
        }
        kept.sort { ($0.name, $0.value ?? "") < ($1.name, $1.value ?? "") }
        items = kept
        var site = host.lowercased()
        if site.hasPrefix("www.") { site.removeFirst(4) }
        components.fragment = nil
        let query = items.map { "\($0.name)=\($0.value ?? "")" }.joined(separator: "&")
        thread = "\(components.scheme?.lowercased() ?? "http")://\(site)\(path)" + (query.isEmpty ? "" : "?\(query)")
        self.order = order
        let parameters = Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
        if let id = Self.threadIDParameters.lazy.compactMap({ parameters[$0] }).first(where: { !$0.isEmpty }) {
            threadID = "\(site) \(id)"
        } else if let last = path.split(separator: "/").last, let id = Self.threadID(inSegment: last) {
            threadID = "\(site) \(id)"
        } else {
            threadID = nil
        }
    }

    /// The address of a parsed page: its canonical address, else its `next` link (ordered just
    /// before that page: 0.75 less), else its `prev` link (just after it: 0.75 more), so that a
    /// page known by a link sorts between its neighbours; `nil` when the page names none.
    ///
    /// A canonical address without a page parameter names the thread, not the page, on boards
    /// that give every page the first page's canonical URL (Stack Exchange's answer pages): a
    /// page that also has a `prev` link is then ordered just after the page that link names.
    package init?(of page: DiscussionThread) {
        if let canonical = page.canonicalURL, var address = PageAddress(canonical) {
            if address.order == 0, let previous = page.previousPageURL,
                let link = PageAddress(previous, base: canonical)
            {
                address.order = link.order + 0.75
            }
            self = address
        } else if let next = page.nextPageURL, var address = PageAddress(next) {
            address.order -= 0.75
            self = address
        } else if let previous = page.previousPageURL, var address = PageAddress(previous) {
            address.order += 0.75
            self = address
        } else {
            return nil
        }
    }

    /// `page-3` → 3, `page3` → 3, `p3` → 3, `comment-page-3` → 3; `nil` for any other segment.
    private static func pageNumber(inSegment segment: Substring) -> Int? {
        var digits: Substring
        if segment.hasPrefix("comment-page-") {
            digits = segment.dropFirst(13)
        } else if segment.hasPrefix("page") {
            digits = segment.dropFirst(4)
            if digits.first == "-" { digits = digits.dropFirst() }
        } else if segment.hasPrefix("p") {
            digits = segment.dropFirst()
        } else {
            return nil
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number > 0 else { return nil }
        return number
    }

    /// The thread id a path segment ends or starts with: `slug.812` → 812, `310` → 310,
    /// `4521-bus-lanes` → 4521.
    private static func threadID(inSegment segment: Substring) -> Substring? {
        func isDigits(_ text: Substring) -> Bool { !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        if let dot = segment.lastIndex(of: "."), isDigits(segment[segment.index(after: dot)...]) {
            return segment[segment.index(after: dot)...]
        }
        if isDigits(segment) { return segment }
        if let dash = segment.firstIndex(of: "-"), isDigits(segment[..<dash]) { return segment[..<dash] }
        return nil
    }
}
