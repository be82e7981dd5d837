import ThreadModel

/// Groups parsed pages into threads: pages whose addresses name one thread (``PageAddress``:
/// the canonical URL without its page parameter, else the thread id; a page without a
/// canonical URL by its `prev`/`next` links), else, when `byTitle`, pages of copied text with
/// the same platform and title. Pages of different threads are never merged unless `merge`
/// says so, and then the thread warns which pages disagree.
///
/// Groups come in the order of their first page; within a group, pages are in page order when
/// every page's address gives one, else in the order given.
package enum PageGrouping {
    /// One thread's pages.
    package struct Group: Hashable, Sendable {
        /// The pages' positions in the list grouped, in page order.
        package var pages: [Int]
        /// Why they are one thread (`nil` for a page of its own).
        package var by: PageMerge.Reason?
        /// Said when `--merge` joined pages whose addresses name different threads.
        package var warning: String?
    }

    /// The warning when `--merge` joins pages of different threads: each page with its thread.
    package static func differentThreads(_ pages: [(source: String, thread: String)]) -> String {
        "--merge joined pages of different threads: "
            + pages.map { "\($0.source) (\($0.thread))" }.joined(separator: ", ")
    }

    /// The groups of `pages` (see the type's documentation).
    /// - Complexity: O(n log n) for n pages.
    package static func groups(_ pages: [DiscussionThread], byTitle: Bool, merge: Bool) -> [Group] {
        let addresses = pages.map { PageAddress(of: $0) }
        if merge {
            guard !pages.isEmpty else { return [] }
            var warning: String?
            var threads: [String: Int] = [:]
            for address in addresses.compactMap({ $0 }) { threads[address.threadID ?? address.thread, default: 0] += 1 }
            if threads.count > 1 {
                warning = differentThreads(
                    pages.indices.compactMap { index in
                        addresses[index].map { (pages[index].source, $0.thread) }
                    })
            }
            return [Group(pages: Array(pages.indices), by: pages.count > 1 ? .forced : nil, warning: warning)]
        }
        var groups: [Group] = []
        var position: [String: Int] = [:]
        for index in pages.indices {
            let key: String
            let reason: PageMerge.Reason
            if let address = addresses[index] {
                key = "id\u{0}" + (address.threadID ?? address.thread)
                reason = .canonicalURL
            } else if byTitle, let title = pages[index].title {
                key = "title\u{0}\(pages[index].platform)\u{0}\(title)"
                reason = .title
            } else {
                groups.append(Group(pages: [index], by: nil))
                continue
            }
            if let existing = position[key] {
                groups[existing].pages.append(index)
                groups[existing].by = reason
            } else {
                position[key] = groups.count
                groups.append(Group(pages: [index], by: nil))
            }
        }
        for number in groups.indices where groups[number].pages.count > 1 {
            let members = groups[number].pages
            let threads = members.compactMap { addresses[$0]?.thread }
            if groups[number].by == .canonicalURL, Set(threads).count > 1 { groups[number].by = .threadID }
            let orders = members.compactMap { addresses[$0]?.order }
            if orders.count == members.count {
                groups[number].pages = zip(members, orders).enumerated().sorted {
                    ($0.element.1, $0.offset) < ($1.element.1, $1.offset)
                }.map(\.element.0)
            }
        }
        return groups
    }

    /// The threads of `pages`, one per group (``thread(_:of:)``).
    package static func threads(_ pages: [DiscussionThread], byTitle: Bool, merge: Bool) -> [DiscussionThread] {
        groups(pages, byTitle: byTitle, merge: merge).map { thread($0, of: pages) }
    }

    /// The group's pages merged (``DiscussionThread/merging(_:by:)``), with the `--merge`
    /// warning first when there is one.
    package static func thread(_ group: Group, of pages: [DiscussionThread]) -> DiscussionThread {
        var thread = DiscussionThread.merging(group.pages.map { pages[$0] }, by: group.by ?? .forced)
        if let warning = group.warning {
            thread.warnings.insert(ParseWarning(byteOffset: nil, message: warning), at: 0)
        }
        return thread
    }
}
