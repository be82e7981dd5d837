import Foundation

/// Runs the scanner over many threads on every core, handing results back in input order.
///
/// A folder scan parses each page once: ``parse(_:merge:)`` reads and parses one folder's pages
/// (or the files given by name) in parallel, keeping the parsed threads and not the bytes, and
/// groups them into threads from those parses (``PageGrouping``); ``run(_:from:work:deliver:)``
/// then analyzes the threads in windows of twice the core count (`Dispatch.concurrentPerform`),
/// delivered in order and dropped. Memory grows with the largest folder's parsed pages, not
/// with the batch.
package struct BatchRunner: Sendable {
    /// One thread of a folder, parsed and grouped: its pages in page order, and the parsed
    /// (merged) thread or the error reading one of its pages.
    package struct ParsedThread: Sendable {
        /// The pages, in page order.
        package var pages: [String]
        /// The thread, or why a page could not be read.
        package var thread: Result<DiscussionThread, InputError>
    }

    /// The pipeline for one thread.
    package var scanner: ThreadScanner
    /// How many threads are in flight at once.
    package var window: Int

    /// Creates a runner; the window defaults to twice the active processor count.
    package init(scanner: ThreadScanner, window: Int = 2 * ProcessInfo.processInfo.activeProcessorCount) {
        self.scanner = scanner
        self.window = max(1, window)
    }

    /// Reads and parses `pages` (one folder's, or the files given by name: see
    /// ``ScanPaths/units(_:merge:)``) once each, in parallel, and groups them into threads:
    /// by address, else (for a folder's pages) by platform and title; with `merge`, all of them
    /// as one thread. A page that cannot be read is a failed thread of its own, in its place.
    /// - Complexity: O(n) parses for n pages; the pages' bytes are dropped after each parse.
    package func parse(_ pages: [ScanPaths.Page], merge: Bool) -> [ParsedThread] {
        let slots = ResultSlots<Result<DiscussionThread, InputError>>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let path = pages[index].path
            slots.store(
                Result { () throws(InputError) in
                    scanner.parseForReport(pages: [(try PageInput.read(path), path)])
                }, at: index)
        }
        var failures: [(position: Int, thread: ParsedThread)] = []
        var parsed: [DiscussionThread] = []
        var positions: [Int] = []
        for index in pages.indices {
            switch slots.take(at: index) {
            case .success(let thread):
                parsed.append(thread)
                positions.append(index)
            case .failure(let error):
                failures.append((index, ParsedThread(pages: [pages[index].path], thread: .failure(error))))
            }
        }
        let byTitle = pages.first?.folder != nil
        let groups = PageGrouping.groups(parsed, byTitle: byTitle, merge: merge)
        var threads: [(position: Int, thread: ParsedThread)] = groups.map { group in
            let thread = PageGrouping.thread(group, of: parsed)
            let first = group.pages.map { positions[$0] }.min() ?? 0
            return (first, ParsedThread(pages: group.pages.map { parsed[$0].source }, thread: .success(thread)))
        }
        threads += failures
        return threads.sorted { $0.position < $1.position }.map(\.thread)
    }

    /// Analyzes parsed threads: `work` runs on a worker thread with each thread's position
    /// (`first` plus its place in `threads`) and report (or the error reading one of its pages);
    /// `deliver` runs on the calling thread, in order, with what `work` returned.
    package func run<Output: Sendable>(
        _ threads: [ParsedThread], from first: Int = 0,
        work: @Sendable (Int, Result<ThreadReport, InputError>) -> Output,
        deliver: (Int, Output) -> Void
    ) {
        inWindows(count: threads.count, from: first, work: work, deliver: deliver) { index in
            threads[index].thread.map { scanner.report($0, pages: threads[index].pages) }
        }
    }

    /// Scans `inputs`, each the pages of one thread in the order given: `work` runs on a worker
    /// thread with each thread's position and report (or the error reading one of its pages);
    /// `deliver` runs on the calling thread, in input order, with what `work` returned.
    package func run<Output: Sendable>(
        _ inputs: [ThreadInput],
        work: @Sendable (Int, Result<ThreadReport, InputError>) -> Output,
        deliver: (Int, Output) -> Void
    ) {
        inWindows(count: inputs.count, from: 0, work: work, deliver: deliver) { scan(inputs[$0]) }
    }

    /// Runs `item` for `0..<count` in windows, `work` on worker threads and `deliver` in order.
    private func inWindows<Output: Sendable>(
        count: Int, from first: Int,
        work: @Sendable (Int, Result<ThreadReport, InputError>) -> Output,
        deliver: (Int, Output) -> Void,
        item: @Sendable (Int) -> Result<ThreadReport, InputError>
    ) {
        var start = 0
        while start < count {
            let (low, end) = (start, min(count, start + window))
            let slots = ResultSlots<Output>(count: end - start)
            DispatchQueue.concurrentPerform(iterations: end - start) { offset in
                slots.store(work(first + low + offset, item(low + offset)), at: offset)
            }
            for offset in 0..<(end - start) {
                deliver(first + start + offset, slots.take(at: offset))
            }
            start = end
        }
    }

    /// Scans one thread: its pages read, parsed and merged in the order given.
    package func scan(_ input: ThreadInput) -> Result<ThreadReport, InputError> {
        var pages: [(bytes: [UInt8], source: String)] = []
        for path in input.pages {
            do {
                pages.append((try PageInput.read(path), path))
            } catch {
                return .failure(error)
            }
        }
        return .success(scanner.report(scanner.parseForReport(pages: pages), pages: input.pages))
    }
}
