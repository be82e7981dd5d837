import Foundation
import ThreadScan

/// Scores `score`'s rows on worker threads while the caller reads the next ones, and hands the
/// output back in input order: the caller submits chunks of requests as it reads them and writes
/// whatever comes back; nothing waits for a whole batch, so no core idles at a batch's end.
///
/// At most `4 × jobs` chunks are in flight (read, being scored, or scored and not yet written), so
/// memory grows with the chunk size and the jobs, not with the input.
final class ScorePipeline: @unchecked Sendable {
    /// How many rows one chunk holds.
    static let chunkSize = 256

    /// Writes one request's output line (with its newline) into the writer.
    typealias LineWriter = @Sendable (ScoreRequest, inout JSONWriter) -> Void

    private let condition = NSCondition()
    private let line: LineWriter
    private let limit: Int
    /// Chunks read and not yet taken by a worker, oldest first, with their sequence numbers.
    private var waiting: [(sequence: Int, requests: [ScoreRequest])] = []
    /// Scored chunks not yet handed back, by sequence number.
    private var scored: [Int: [UInt8]] = [:]
    private var submitted = 0
    private var written = 0
    private var closed = false
    private var running: Int

    /// Starts `jobs` worker threads that write each request's line with `line`.
    init(jobs: Int, line: @escaping LineWriter) {
        self.line = line
        limit = 4 * jobs
        running = jobs
        for _ in 0..<jobs {
            Thread.detachNewThread { [self] in work() }
        }
    }

    /// Queues `requests` for scoring, first handing to `write`, in order, every chunk already
    /// scored; waits while `4 × jobs` chunks are in flight.
    func submit(_ requests: [ScoreRequest], write: ([UInt8]) -> Void) {
        condition.lock()
        while submitted - written >= limit {
            if !handBack(write) { condition.wait() }
        }
        waiting.append((submitted, requests))
        submitted += 1
        condition.broadcast()
        while handBack(write) {}
        condition.unlock()
    }

    /// Hands every remaining chunk to `write` in order, then stops the workers.
    func finish(write: ([UInt8]) -> Void) {
        condition.lock()
        closed = true
        condition.broadcast()
        while written < submitted {
            if !handBack(write) { condition.wait() }
        }
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    /// Writes the next chunk in order if it is scored (unlocking while writing); whether it was.
    private func handBack(_ write: ([UInt8]) -> Void) -> Bool {
        guard let bytes = scored.removeValue(forKey: written) else { return false }
        written += 1
        condition.unlock()
        write(bytes)
        condition.lock()
        return true
    }

    private func work() {
        condition.lock()
        while true {
            while waiting.isEmpty, !closed { condition.wait() }
            guard !waiting.isEmpty else { break }
            let (sequence, requests) = waiting.removeFirst()
            condition.unlock()
            var writer = JSONWriter()
            for request in requests { line(request, &writer) }
            condition.lock()
            scored[sequence] = writer.bytes
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
