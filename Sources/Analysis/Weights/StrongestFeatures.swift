/// The few features that move a text's incivility log-odds most, kept as the features come, so
/// that the others need not be: of equally strong ones, the earlier is kept.
struct StrongestFeatures {
    /// How many are kept.
    let capacity: Int
    /// The kept features, strongest first, each with how many came before it.
    private var kept: [(feature: WeightedFeature, rank: Int)] = []
    /// How many came.
    private var offered = 0
    /// How strong a feature must be, strictly, to be kept: the weakest kept one's strength once
    /// `capacity` are kept, else -1.
    private var bar = -1.0

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The number kept.
    var count: Int { kept.count }

    /// Keeps `feature` if fewer than `capacity` kept ones are at least as strong, dropping the weakest.
    /// - Complexity: O(capacity).
    @inline(__always) mutating func offer(_ feature: WeightedFeature) {
        defer { offered += 1 }
        let strength = abs(feature.logit)
        if strength > bar { keep(feature, strength) }
    }

    private mutating func keep(_ feature: WeightedFeature, _ strength: Double) {
        var at = kept.count
        while at > 0, abs(kept[at - 1].feature.logit) < strength { at -= 1 }
        guard at < capacity else { return }
        if kept.isEmpty { kept.reserveCapacity(capacity + 1) }
        kept.insert((feature, offered), at: at)
        if kept.count > capacity { kept.removeLast() }
        if kept.count == capacity { bar = abs(kept[capacity - 1].feature.logit) }
    }

    /// Calls `body` with each kept feature, in the order they came.
    /// - Complexity: O(capacity²), with no allocation.
    func forEachInOrder(_ body: (WeightedFeature) -> Void) {
        var last = -1
        for _ in kept.indices {
            var next = -1
            for index in kept.indices where kept[index].rank > last && (next < 0 || kept[index].rank < kept[next].rank)
            {
                next = index
            }
            last = kept[next].rank
            body(kept[next].feature)
        }
    }
}
