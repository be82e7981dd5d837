import Foundation
import Reports

/// The saved pages below a folder, found by walking it: symbolic links to files and folders are
/// followed (a folder already walked is not walked again, so a link loop ends), and every entry
/// that looks like a page but is not read is said, with the reason.
///
/// Skipped with a word: hidden pages (`.name.html`), links that lead nowhere or back into the
/// walk, a second path to a file already found, FIFOs, sockets and devices with a page's extension, folders that cannot be listed, and
/// threadscan's own reports (recognised by their content, `ReportSignature`). Files that are not
/// pages by their extension (`.css`, `.png` of a "complete" save) are passed over silently.
struct FolderSearch {
    /// The pages found, in natural path order (`page2` before `page10`).
    private(set) var pages: [String] = []
    /// What was skipped, each as `path: reason`, in the order met.
    private(set) var skipped: [String] = []
    /// The folders walked, by device and inode.
    private var walked = Set<[UInt64]>()
    /// The pages found, by device and inode, each with its path (a link to one is not read twice).
    private var found: [[UInt64]: String] = [:]

    /// Walks `folder`.
    init(folder: String) {
        var pending = [folder]
        while let next = pending.popLast() {
            pending += walk(next).reversed()
        }
        pages.sort { $0.compare($1, options: [.numeric]) == .orderedAscending }
    }

    /// Lists `folder`, records its pages and skips, and returns its subfolders in name order.
    private mutating func walk(_ folder: String) -> [String] {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            skipped.append("\(folder): cannot be read: \(String(cString: strerror(errno)))")
            return []
        }
        guard walked.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            skipped.append("\(folder): a link back to a folder already searched; skipped")
            return []
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            skipped.append("\(folder): cannot be read: \(Self.reason(error))")
            return []
        }
        var folders: [String] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let isPage = ScanPaths.extensions.contains((name as NSString).pathExtension.lowercased())
            var entry = stat()
            guard lstat(path, &entry) == 0 else { continue }
            let isLink = entry.st_mode & S_IFMT == S_IFLNK
            if name.hasPrefix(".") {
                if isPage { skipped.append("\(path): hidden; skipped") }
                continue
            }
            if isLink, stat(path, &entry) != 0 {
                if isPage || errno == ELOOP {
                    skipped.append("\(path): a link that leads nowhere (\(String(cString: strerror(errno)))); skipped")
                }
                continue
            }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR:
                folders.append(path)
            case S_IFREG where isPage:
                if let first = found[[UInt64(entry.st_dev), UInt64(entry.st_ino)]] {
                    skipped.append("\(path): the same file as \(first); skipped")
                } else if Self.isReport(path) {
                    skipped.append("\(path): a threadscan report, not a saved page; skipped")
                } else {
                    found[[UInt64(entry.st_dev), UInt64(entry.st_ino)]] = path
                    pages.append(path)
                }
            case _ where isPage:
                skipped.append("\(path): not a regular file (a FIFO, socket or device); skipped")
            default:
                break
            }
        }
        return folders
    }

    /// Whether the file at `path` is one of threadscan's reports.
    private static func isReport(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: ReportSignature.bytesNeeded)) ?? Data()
        guard let size = try? handle.seekToEnd() else { return false }
        let tailStart = size > UInt64(ReportSignature.bytesNeeded) ? size - UInt64(ReportSignature.bytesNeeded) : 0
        guard (try? handle.seek(toOffset: tailStart)) != nil else { return false }
        let tail = (try? handle.readToEnd()) ?? Data()
        return ReportSignature.isReport(head: [UInt8](head), tail: [UInt8](tail))
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(code)))
        }
        return error.localizedDescription
    }
}
