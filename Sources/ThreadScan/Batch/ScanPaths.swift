import Foundation

/// Turns the PATHs of `threadscan scan` into threads: files as given, `-` for standard input,
/// folders searched recursively for saved pages; pages of one thread merged.
///
/// Merging: with `merge`, every page given is a page of one thread, in the order given (a
/// folder's pages in natural file-name order: `page2` before `page10`). Otherwise a file given
/// by name is a thread of its own, and the pages found in one folder that share a platform and
/// a title are the pages of one thread, in natural file-name order.
public enum ScanPaths {
    /// The file extensions searched for in folders (compared without regard to case).
    public static let extensions: Set<String> = ["html", "htm", "mhtml", "mht", "txt"]

    /// A page to read, and the folder it was found in when it came from a folder search.
    public struct Page: Hashable, Sendable {
        /// The path (`-` for standard input).
        public var path: String
        /// The folder searched, when the page was found in one.
        public var folder: String?
    }

    /// The pages named by `paths`, in order, the paths that name nothing readable, and what a
    /// folder search skipped (`path: reason`; see `FolderSearch`).
    public static func pages(_ paths: [String]) -> (pages: [Page], errors: [InputError], skipped: [String]) {
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

    /// Groups pages into threads (see the type's documentation); `title` reads a page's
    /// (platform, title), and is called only for pages that share their folder with another.
    public static func threads(
        _ pages: [Page], merge: Bool, title: (String) -> (platform: String, title: String?)?
    ) -> [ThreadInput] {
        if merge { return pages.isEmpty ? [] : [ThreadInput(pages: pages.map(\.path))] }
        var inputs: [ThreadInput] = []
        var folderCounts: [String: Int] = [:]
        for page in pages { if let folder = page.folder { folderCounts[folder, default: 0] += 1 } }
        var groupPosition: [String: Int] = [:]
        for page in pages {
            guard let folder = page.folder, folderCounts[folder]! > 1, let key = title(page.path),
                let name = key.title
            else {
                inputs.append(ThreadInput(pages: [page.path]))
                continue
            }
            let groupKey = "\(folder)\u{0}\(key.platform)\u{0}\(name)"
            if let position = groupPosition[groupKey] {
                inputs[position].pages.append(page.path)
            } else {
                groupPosition[groupKey] = inputs.count
                inputs.append(ThreadInput(pages: [page.path]))
            }
        }
        return inputs
    }
}
