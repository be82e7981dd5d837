import Foundation

/// Runs the scanner over many threads on every core, handing results back in input order.
///
/// Threads are taken in windows of twice the core count: the window's threads are scanned and
/// rendered in parallel (`Dispatch.concurrentPerform`), then delivered in order and dropped,
/// so that memory grows with the largest pages, not with the batch.
public struct BatchRunner: Sendable {
    /// The pipeline for one thread.
    public var scanner: ThreadScanner
    /// How many threads are in flight at once.
    public var window: Int

    /// Creates a runner; the window defaults to twice the active processor count.
    public init(scanner: ThreadScanner, window: Int = 2 * ProcessInfo.processInfo.activeProcessorCount) {
        self.scanner = scanner
        self.window = max(1, window)
    }

    /// Scans `inputs`: `work` runs on a worker thread with each thread's position and report
    /// (or the error reading one of its pages); `deliver` runs on the calling thread, in input
    /// order, with what `work` returned.
    public func run<Output: Sendable>(
        _ inputs: [ThreadInput],
        work: @Sendable (Int, Result<ThreadReport, InputError>) -> Output,
        deliver: (Int, Output) -> Void
    ) {
        var start = 0
        while start < inputs.count {
            let (first, end) = (start, min(inputs.count, start + window))
            let slots = ResultSlots<Output>(count: end - start)
            DispatchQueue.concurrentPerform(iterations: end - start) { offset in
                let position = first + offset
                slots.store(work(position, scan(inputs[position])), at: offset)
            }
            for offset in 0..<(end - start) {
                deliver(start + offset, slots.take(at: offset))
            }
            start = end
        }
    }

    /// The platform and title of each page at `paths`, read in parallel, for grouping the pages
    /// of a folder into threads (`ScanPaths.threads`); unreadable pages are left out.
    public func titles(of paths: [String]) -> [String: (platform: String, title: String?)] {
        let slots = ResultSlots<(platform: String, title: String?)?>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let thread = (try? PageInput.read(paths[index])).map { scanner.parse(pages: [($0, paths[index])]) }
            slots.store(thread.map { ($0.platform, $0.title) }, at: index)
        }
        var titles: [String: (platform: String, title: String?)] = [:]
        for index in paths.indices {
            if let title = slots.take(at: index) { titles[paths[index]] = title }
        }
        return titles
    }

    /// Scans one thread.
    public func scan(_ input: ThreadInput) -> Result<ThreadReport, InputError> {
        var pages: [(bytes: [UInt8], source: String)] = []
        for path in input.pages {
            do {
                pages.append((try PageInput.read(path), path))
            } catch {
                return .failure(error)
            }
        }
        return .success(scanner.report(scanner.parse(pages: pages), pages: input.pages))
    }
}
