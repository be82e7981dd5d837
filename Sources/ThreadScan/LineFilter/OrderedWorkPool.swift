import Foundation

/// Runs work items on a fixed number of threads and delivers their results in the order the
/// items were submitted, each as soon as it and every earlier one are done.
///
/// At most `window` items are in flight (submitted and not yet delivered): ``submit(_:)`` waits
/// for room, so memory holds a window of items, not the whole input. `deliver` runs on one
/// worker thread at a time, never two at once, in order.
final class OrderedWorkPool<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let work: @Sendable (Item) -> Output
    private let deliver: @Sendable (Output) -> Void
    private let window: Int
    private var pending: [(sequence: Int, item: Item)] = []
    private var pendingStart = 0
    private var done: [Int: Output] = [:]
    private var submitted = 0
    private var delivered = 0
    private var delivering = false
    private var closed = false
    private var running = 0

    /// Starts `workers` threads.
    init(
        workers: Int, window: Int, work: @escaping @Sendable (Item) -> Output,
        deliver: @escaping @Sendable (Output) -> Void
    ) {
        self.work = work
        self.deliver = deliver
        self.window = max(1, window)
        running = max(1, workers)
        for _ in 0..<running {
            let thread = Thread { [self] in loop() }
            thread.stackSize = 1 << 23
            thread.start()
        }
    }

    /// Queues `item`, waiting while `window` items are in flight.
    func submit(_ item: Item) {
        condition.lock()
        while submitted - delivered >= window { condition.wait() }
        pending.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every item submitted is delivered, then stops the threads.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        while delivered < submitted || running > 0 { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        condition.lock()
        while true {
            while pendingStart == pending.count, !closed { condition.wait() }
            guard pendingStart < pending.count else { break }
            let (sequence, item) = pending[pendingStart]
            pendingStart += 1
            if pendingStart == pending.count {
                pending.removeAll(keepingCapacity: true)
                pendingStart = 0
            }
            condition.unlock()
            let output = work(item)
            condition.lock()
            done[sequence] = output
            guard !delivering else { continue }
            delivering = true
            while let next = done.removeValue(forKey: delivered) {
                condition.unlock()
                deliver(next)
                condition.lock()
                delivered += 1
                condition.broadcast()
            }
            delivering = false
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
