import Foundation

/// Turns the PATHs of `threadscan scan` into threads: files as given, `-` for standard input,
/// folders searched recursively for saved pages; pages of one thread merged.
///
/// Merging (see ``units(_:merge:)`` and `PageGrouping`): with `merge`, every page given is a
/// page of one thread, in the order given (a folder's pages in natural file-name order: `page2`
/// before `page10`). Otherwise pages whose canonical address (without its page parameter) or
/// thread id name one thread are its pages, in page order; and pages of copied text found in
/// one folder that share a platform and a title are the pages of one thread, in natural
/// file-name order. Pages are grouped within one folder, or among files given by name next to
/// each other.
package enum ScanPaths {
    /// The file extensions searched for in folders (compared without regard to case).
    package static let extensions: Set<String> = ["html", "htm", "mhtml", "mht", "txt"]

    /// A page to read, and the folder it was found in when it came from a folder search.
    package struct Page: Hashable, Sendable {
        /// The path (`-` for standard input).
        package var path: String
        /// The folder searched, when the page was found in one.
        package var folder: String?
    }

    /// The pages named by `paths`, in order, the paths that name nothing readable, and what a
    /// folder search skipped (`path: reason`; see `FolderSearch`).
    package static func pages(_ paths: [String]) -> (pages: [Page], errors: [InputError], skipped: [String]) {
        var pages: [Page] = []
        var errors: [InputError] = []
        var skipped: [String] = []
        for path in paths {
            if path == "-" {
                pages.append(Page(path: path, folder: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.notFound(path: path))
                continue
            }
            guard isDirectory.boolValue else {
                pages.append(Page(path: path, folder: nil))
                continue
            }
            let search = FolderSearch(folder: path)
            pages += search.pages.map { Page(path: $0, folder: ($0 as NSString).deletingLastPathComponent) }
            skipped += search.skipped
        }
        return (pages, errors, skipped)
    }

    /// The scopes pages are grouped in, in order: with `merge`, all pages; otherwise each run
    /// of consecutive pages found in one folder, and each run of consecutive files given by
    /// name. ``BatchRunner/parse(_:merge:)`` parses one scope at a time and groups its pages
    /// into threads, so memory holds one scope's parsed pages at most.
    package static func units(_ pages: [Page], merge: Bool) -> [[Page]] {
        if merge { return pages.isEmpty ? [] : [pages] }
        var units: [[Page]] = []
        for page in pages {
            if let last = units.last?.last, last.folder == page.folder, last.path != "-", page.path != "-" {
                units[units.count - 1].append(page)
            } else {
                units.append([page])
            }
        }
        return units
    }
}
